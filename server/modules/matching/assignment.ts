/**
 * Optimal bulk assignment of waiting members to supporters with capacities: a transportation problem
 * solved exactly by the Hungarian method with Dijkstra, one member at a time. Each member may also
 * stay unassigned (a free column of cost zero), so the method always finds a complete solution; a large
 * bonus per assignment makes it place as many people as possible first, then maximise total score.
 * Duals stay feasible and tight on assigned pairs, and supporters with free places keep a zero dual, so
 * the final assignment is optimal, not a heuristic.
 */

/** Scores are integers here; -1 marks a pair that breaks a hard rule. */
export interface AssignmentProblem {
  members: number;
  supporters: number;
  capacity: Int32Array;
  /** members x supporters, row-major. */
  score: Int32Array;
}

export interface AssignmentResult {
  /** For each member, the supporter index or -1. */
  assignedTo: Int32Array;
  assigned: number;
  totalScore: number;
}

class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  peekKey(): number {
    return this.keys[0]!;
  }

  push(key: number, value: number): void {
    let at = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[at] = this.keys[parent]!;
      this.values[at] = this.values[parent]!;
      at = parent;
    }
    this.keys[at] = key;
    this.values[at] = value;
  }

  /** Removes the smallest entry; returns its value and leaves its key in `lastKey`. */
  pop(): number {
    const top = this.values[0]!;
    this.lastKey = this.keys[0]!;
    const key = this.keys.pop()!;
    const value = this.values.pop()!;
    if (this.keys.length > 0) {
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= this.keys.length) break;
        const child = left + 1 < this.keys.length && this.keys[left + 1]! < this.keys[left]! ? left + 1 : left;
        if (this.keys[child]! >= key) break;
        this.keys[at] = this.keys[child]!;
        this.values[at] = this.values[child]!;
        at = child;
      }
      this.keys[at] = key;
      this.values[at] = value;
    }
    return top;
  }

  lastKey = 0;

  clear(): void {
    this.keys = [];
    this.values = [];
  }
}

export function solveAssignment(problem: AssignmentProblem): AssignmentResult {
  const { members: n, supporters: m, capacity, score } = problem;
  let maxScore = 0;
  for (const value of score) if (value > maxScore) maxScore = value;
  // One more placed member always outweighs any difference in total score.
  const bonus = (n + 1) * (maxScore + 1);
  const dummy = m;
  // Each member's allowed supporters, cheapest (best scoring) first, so a search can stop reading a
  // member's list as soon as the rest cannot beat the free place it already has.
  const start = new Int32Array(n + 1);
  for (let row = 0; row < n; row += 1) {
    let count = 0;
    for (let column = 0; column < m; column += 1) if (score[row * m + column]! >= 0) count += 1;
    start[row + 1] = start[row]! + count;
  }
  const edgeColumn = new Int32Array(start[n]!);
  const edgeCost = new Float64Array(start[n]!);
  // Sorting one packed number per pair (best score first, then column) uses the fast native typed-array sort.
  const keys = new Float64Array(m);
  for (let row = 0; row < n; row += 1) {
    let count = 0;
    for (let column = 0; column < m; column += 1) {
      const value = score[row * m + column]!;
      if (value >= 0) keys[count++] = (maxScore - value) * m + column;
    }
    const sorted = keys.subarray(0, count).sort();
    for (let k = 0; k < count; k += 1) {
      const column = sorted[k]! % m;
      edgeColumn[start[row]! + k] = column;
      edgeCost[start[row]! + k] = -(bonus + score[row * m + column]!);
    }
  }

  const u = new Float64Array(n);
  const v = new Float64Array(m + 1);
  const assignedTo = new Int32Array(n).fill(-1);
  const load = new Int32Array(m);
  const rowsOf: number[][] = Array.from({ length: m }, () => []);
  const dist = new Float64Array(m + 1);
  const prevRow = new Int32Array(m + 1);
  const popped = new Uint8Array(m + 1);
  const reachedAt = new Float64Array(n);
  const heap = new MinHeap();

  for (let row = 0; row < n; row += 1) {
    // A new row's potential makes all its reduced costs non-negative.
    let lowest = 0 - v[dummy]!;
    for (let edge = start[row]!; edge < start[row + 1]!; edge += 1) {
      const reduced = edgeCost[edge]! - v[edgeColumn[edge]!]!;
      if (reduced < lowest) lowest = reduced;
    }
    u[row] = lowest;

    dist.fill(Number.POSITIVE_INFINITY);
    popped.fill(0);
    heap.clear();
    const visitedRows: number[] = [row];
    const poppedColumns: number[] = [];
    reachedAt[row] = 0;

    // The nearest column with a free place ends the search as soon as nothing in the frontier is nearer,
    // so the many equally near full columns that tight duals produce are never expanded.
    let target = -1;
    const offer = (from: number, column: number, next: number) => {
      if (popped[column] || next >= dist[column]!) return;
      dist[column] = next;
      prevRow[column] = from;
      if (column === dummy || load[column]! < capacity[column]!) {
        if (target < 0 || next < dist[target]!) target = column;
      } else {
        heap.push(next, column);
      }
    };
    const relax = (from: number, base: number) => {
      const shift = base - u[from]!;
      offer(from, dummy, shift - v[dummy]!);
      for (let edge = start[from]!; edge < start[from + 1]!; edge += 1) {
        // Column duals never rise above zero, so shift + cost bounds every later edge from below.
        if (shift + edgeCost[edge]! >= dist[target]!) break;
        const column = edgeColumn[edge]!;
        offer(from, column, shift + edgeCost[edge]! - v[column]!);
      }
    };

    relax(row, 0);
    while (heap.size > 0 && heap.peekKey() < dist[target]!) {
      const column = heap.pop();
      if (popped[column] || heap.lastKey > dist[column]!) continue;
      popped[column] = 1;
      poppedColumns.push(column);
      for (const assignedRow of rowsOf[column]!) {
        reachedAt[assignedRow] = dist[column]!;
        visitedRows.push(assignedRow);
        relax(assignedRow, dist[column]!);
      }
    }

    const reach = dist[target]!;
    for (const column of poppedColumns) v[column] = v[column]! - (reach - dist[column]!);
    for (const visited of visitedRows) u[visited] = u[visited]! + (reach - reachedAt[visited]!);

    // Shift every row along the path one step; the target gains the one new placement.
    let column = target;
    for (;;) {
      const moving = prevRow[column]!;
      const previous = moving === row ? -1 : assignedTo[moving]!;
      if (previous >= 0 && previous !== dummy) {
        const list = rowsOf[previous]!;
        list.splice(list.indexOf(moving), 1);
        load[previous] = load[previous]! - 1;
      }
      assignedTo[moving] = column;
      if (column !== dummy) {
        rowsOf[column]!.push(moving);
        load[column] = load[column]! + 1;
      }
      if (moving === row) break;
      column = previous;
    }
  }

  let assigned = 0;
  let totalScore = 0;
  for (let row = 0; row < n; row += 1) {
    if (assignedTo[row] === dummy) assignedTo[row] = -1;
    if (assignedTo[row]! >= 0) {
      assigned += 1;
      totalScore += score[row * m + assignedTo[row]!]!;
    }
  }
  return { assignedTo, assigned, totalScore };
}
