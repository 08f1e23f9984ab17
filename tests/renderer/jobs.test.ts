import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/engine/model';
import { finishJob, noJobs, progressOf, reportProgress, startJobs } from '../../src/renderer/session';

const doc = (file: string, pageCount: number): ExtractedDocument => ({ file, pageCount, tables: [], warnings: [] });

describe('reading jobs', () => {
  it('hand documents over in the order the files were given, whatever order they finish in', () => {
    const jobs = startJobs(noJobs(), [
      { id: 1, name: 'a.pdf' },
      { id: 2, name: 'b.pdf' },
      { id: 3, name: 'c.pdf' },
    ]);
    const [a, b, c] = [1, 2, 3];
    let step = finishJob(jobs, c, doc('c.pdf', 1));
    expect(step.finished).toEqual([]);
    step = finishJob(step.jobs, b, doc('b.pdf', 2));
    expect(step.finished).toEqual([]);
    step = finishJob(step.jobs, a, doc('a.pdf', 3));
    expect(step.finished.map((d) => d.file)).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
    expect(step.jobs.queue).toEqual([]);

    // A second batch queues behind what is still being read.
    const second = startJobs(startJobs(noJobs(), [{ id: 7, name: 'x.pdf' }]), [{ id: 8, name: 'y.pdf' }]);
    step = finishJob(second, 8, doc('y.pdf', 1));
    expect(step.finished).toEqual([]);
    // An unknown id (a file of a batch closed meanwhile) changes nothing.
    expect(finishJob(step.jobs, 99, doc('z.pdf', 1)).finished).toEqual([]);
    expect(finishJob(step.jobs, 7, doc('x.pdf', 1)).finished.map((d) => d.file)).toEqual(['x.pdf', 'y.pdf']);
  });

  it('add up pages per file and overall', () => {
    let jobs = startJobs(noJobs(), [
      { id: 1, name: 'a.pdf' },
      { id: 2, name: 'b.pdf' },
    ]);
    expect(progressOf(jobs)).toEqual({ files: 2, filesDone: 0, pagesDone: 0, pageCount: 0, pageCountPending: true });
    jobs = reportProgress(jobs, 1, 3, 12);
    jobs = reportProgress(jobs, 2, 1, 1);
    expect(progressOf(jobs)).toEqual({ files: 2, filesDone: 0, pagesDone: 4, pageCount: 13, pageCountPending: false });
    jobs = finishJob(jobs, 2, doc('b.pdf', 1)).jobs;
    expect(progressOf(jobs)).toEqual({ files: 2, filesDone: 1, pagesDone: 4, pageCount: 13, pageCountPending: false });
  });

  it('name the page in OCR until a report without it, and forget it when the file is done', () => {
    let jobs = startJobs(noJobs(), [{ id: 1, name: 'scan.pdf' }]);
    jobs = reportProgress(jobs, 1, 0, 2, 1);
    expect(jobs.queue[0]).toMatchObject({ pagesDone: 0, pageCount: 2, recognizing: 1 });
    jobs = reportProgress(jobs, 1, 1, 2);
    expect(jobs.queue[0]?.recognizing).toBeUndefined();
    jobs = reportProgress(jobs, 1, 1, 2, 2);
    expect(jobs.queue[0]?.recognizing).toBe(2);

    // A file done while an earlier one is still read waits in the queue, no longer "in OCR".
    let both = startJobs(noJobs(), [
      { id: 1, name: 'a.pdf' },
      { id: 2, name: 'scan.pdf' },
    ]);
    both = reportProgress(both, 2, 0, 1, 1);
    both = finishJob(both, 2, doc('scan.pdf', 1)).jobs;
    expect(both.queue[1]).toMatchObject({ name: 'scan.pdf', pagesDone: 1 });
    expect(both.queue[1]?.recognizing).toBeUndefined();
  });
});
