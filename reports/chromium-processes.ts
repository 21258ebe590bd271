/**
 * Test helper: the Chromium processes that descend from a process (by /proc's parent links and
 * command lines), with their resident memory. Linux only; elsewhere it finds none.
 */
import { readdirSync, readFileSync } from "node:fs";

function read(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Chromium processes below `root` (default: this process): count and summed RSS in MiB. */
export function chromiumBelow(root: number = process.pid): { count: number; rssMiB: number } {
  let pids: number[];
  try {
    pids = readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return { count: 0, rssMiB: 0 };
  }
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const stat = read(`/proc/${pid}/stat`);
    if (!stat) continue;
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const list = children.get(ppid) ?? [];
    list.push(pid);
    children.set(ppid, list);
  }
  let count = 0;
  let rssKiB = 0;
  const todo = [...(children.get(root) ?? [])];
  while (todo.length > 0) {
    const pid = todo.pop()!;
    todo.push(...(children.get(pid) ?? []));
    const cmd = read(`/proc/${pid}/cmdline`);
    if (!cmd || !/chrom/i.test(cmd.split("\0")[0] ?? "")) continue;
    count++;
    const rss = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? "");
    rssKiB += rss ? Number(rss[1]) : 0;
  }
  return { count, rssMiB: Math.round(rssKiB / 1024) };
}
