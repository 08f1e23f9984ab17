// Answers worth remembering: the grid re-runs the checks after every edit, so the same names are
// asked about again and again, and a name's nearest municipality takes a pass over all of them.

/** A lookup that remembers `compute`'s answer by key; when `size` answers are held, it forgets
 * them all at once (a bound, not a cache policy: the same few hundred names recur). */
export function boundedMemo<T>(size = 5000): (key: string, compute: () => T) => T {
  const answers = new Map<string, T>();
  return (key, compute) => {
    if (answers.has(key)) return answers.get(key) as T;
    const answer = compute();
    if (answers.size >= size) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
