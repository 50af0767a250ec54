// Runs of this site and the peer taken side by side, alternating which goes first so neither
// always follows the other: a slow spell of a shared machine then hits both.

export interface Paired<T> {
  mine: T[];
  peer: T[];
}

/** Runs `mine` and `peer` (when there is one) `count` times each, saying what it is doing. */
export async function paired<T>(
  count: number,
  mine: (i: number) => T | Promise<T>,
  peer: ((i: number) => T | Promise<T>) | undefined,
  what: string,
): Promise<Paired<T>> {
  const result: Paired<T> = { mine: [], peer: [] };
  const started = performance.now();
  const runs = `${count} ${peer ? 'pairs' : count === 1 ? 'run' : 'runs'}`;
  for (let i = 0; i < count; i++) {
    if (process.stdout.isTTY) process.stdout.write(`\r${what} ${i + 1}/${count}…`);
    if (peer && i % 2 === 1) result.peer.push(await peer(i));
    result.mine.push(await mine(i));
    if (peer && i % 2 === 0) result.peer.push(await peer(i));
  }
  if (process.stdout.isTTY) process.stdout.write('\r');
  console.log(`${what} ${runs} in ${Math.round((performance.now() - started) / 1000)} s`);
  return result;
}
