// The status bar's notice: one line whose length does not grow with the number of files. What
// happened to many files at once (restored, cancelled, already loaded) is kept as groups of
// files; the line names a group's one file or counts its many ("13 bestanden hersteld, 3 met
// correcties"), and "details" lists every file. Pure; the status bar renders it.
import { countLabel } from './countLabel';

export type NoticeGroupKind = 'restored' | 'cancelled' | 'duplicate';

export interface NoticeItem {
  file: string;
  /** Restored work put back on the file. */
  edits?: number;
  acceptances?: number;
}

export interface NoticeGroup {
  kind: NoticeGroupKind;
  items: readonly NoticeItem[];
}

export interface Notice {
  kind: 'info' | 'error';
  /** The line the status bar shows. */
  text: string;
  /** The files the notice is about, by what happened to them: summarised in `text`, each listed
   * under "details". */
  details?: readonly NoticeGroup[];
  /** With details: what `text` says before the groups' summaries, to say again as files are added. */
  lead?: string;
}

/** A notice about files: `lead`, then each group summarised. */
export function filesNotice(lead: string, groups: readonly NoticeGroup[]): Notice {
  return { kind: 'info', text: [lead, ...groups.map(groupSummary)].filter(Boolean).join(' · '), details: groups, ...(lead ? { lead } : {}) };
}

/** One file: named, with its restored work. Several: counted. */
export function groupSummary(group: NoticeGroup): string {
  const [only] = group.items;
  if (group.items.length === 1 && only) return `${groupHeading(group.kind)}: ${itemText(only)}`;
  const files = countLabel(group.items.length, 'bestand', 'bestanden');
  switch (group.kind) {
    case 'restored': {
      const withEdits = group.items.filter((item) => (item.edits ?? 0) > 0).length;
      const withAcceptances = group.items.filter((item) => (item.acceptances ?? 0) > 0).length;
      return [`${files} hersteld`, withEdits > 0 ? `${withEdits} met correcties` : '', withAcceptances > 0 ? `${withAcceptances} met acceptaties` : '']
        .filter(Boolean)
        .join(', ');
    }
    case 'cancelled':
      return `${files} niet ingelezen (geannuleerd)`;
    case 'duplicate':
      return `${files} al ingelezen, overgeslagen`;
  }
}

/** The heading a group has in the details list (and before its one file in the line). */
export function groupHeading(kind: NoticeGroupKind): string {
  return GROUP_HEADINGS[kind];
}

const GROUP_HEADINGS: Readonly<Record<NoticeGroupKind, string>> = {
  restored: 'Hersteld',
  cancelled: 'Niet ingelezen (geannuleerd)',
  duplicate: 'Al ingelezen, overgeslagen',
};

/** "a.pdf (2 correcties, 1 acceptatie)"; just the name when nothing was put back. */
export function itemText(item: NoticeItem): string {
  const work = [
    item.edits ? countLabel(item.edits, 'correctie', 'correcties') : '',
    item.acceptances ? countLabel(item.acceptances, 'acceptatie', 'acceptaties') : '',
  ].filter(Boolean);
  return work.length > 0 ? `${item.file} (${work.join(', ')})` : item.file;
}

/** Files of one batch finish one by one: an earlier info notice keeps its text, and its groups
 * take the new files, so the line keeps summarising all of them. Nothing new: `earlier` as it is. */
export function addToNotice(earlier: Notice | null, groups: readonly NoticeGroup[]): Notice | null {
  const adding = groups.filter((group) => group.items.length > 0);
  if (adding.length === 0) return earlier;
  const base = earlier?.kind === 'info' ? earlier : null;
  const merged = [...(base?.details ?? [])];
  for (const group of adding) {
    const at = merged.findIndex((known) => known.kind === group.kind);
    if (at >= 0) merged[at] = { kind: group.kind, items: [...merged[at]!.items, ...group.items] };
    else merged.push(group);
  }
  const lead = base?.details ? (base.lead ?? '') : (base?.text ?? '');
  return filesNotice(lead, merged);
}
