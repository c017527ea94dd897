import { describe, expect, it } from 'vitest';
import { type AssignmentProblem, solveAssignment } from './assignment.js';

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomProblem(seed: number): AssignmentProblem {
  const next = random(seed);
  const members = 1 + Math.floor(next() * 7);
  const supporters = 1 + Math.floor(next() * 4);
  const capacity = Int32Array.from({ length: supporters }, () => Math.floor(next() * 3));
  const score = Int32Array.from({ length: members * supporters }, () => (next() < 0.25 ? -1 : Math.floor(next() * 50)));
  return { members, supporters, capacity, score };
}

/** Tries every way to place each member (or not): the most placed people first, then the highest total score. */
function bruteForce(problem: AssignmentProblem): { assigned: number; totalScore: number } {
  let best = { assigned: 0, totalScore: 0 };
  const load = new Int32Array(problem.supporters);
  const visit = (member: number, assigned: number, total: number) => {
    if (member === problem.members) {
      if (assigned > best.assigned || (assigned === best.assigned && total > best.totalScore)) best = { assigned, totalScore: total };
      return;
    }
    visit(member + 1, assigned, total);
    for (let supporter = 0; supporter < problem.supporters; supporter += 1) {
      const value = problem.score[member * problem.supporters + supporter]!;
      if (value < 0 || load[supporter]! >= problem.capacity[supporter]!) continue;
      load[supporter] = load[supporter]! + 1;
      visit(member + 1, assigned + 1, total + value);
      load[supporter] = load[supporter]! - 1;
    }
  };
  visit(0, 0, 0);
  return best;
}

describe('optimal bulk assignment', () => {
  it('matches a brute-force solver on 500 small random instances', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const problem = randomProblem(seed);
      const result = solveAssignment(problem);
      expect({ seed, assigned: result.assigned, totalScore: result.totalScore }).toEqual({ seed, ...bruteForce(problem) });
    }
  });

  it('never exceeds a capacity and never uses a pair that breaks a hard rule', () => {
    for (let seed = 1000; seed <= 1200; seed += 1) {
      const problem = randomProblem(seed);
      const { assignedTo } = solveAssignment(problem);
      const load = new Int32Array(problem.supporters);
      assignedTo.forEach((supporter, member) => {
        if (supporter < 0) return;
        expect(problem.score[member * problem.supporters + supporter]).toBeGreaterThanOrEqual(0);
        load[supporter] = load[supporter]! + 1;
      });
      load.forEach((count, supporter) => expect(count).toBeLessThanOrEqual(problem.capacity[supporter]!));
    }
  });

  it('places more people rather than fewer, even at a lower total score', () => {
    // Member 0 scores 100 with supporter 0 only; member 1 can use either. Both get placed.
    const result = solveAssignment({ members: 2, supporters: 2, capacity: Int32Array.of(1, 1), score: Int32Array.of(100, -1, 90, 1) });
    expect([...result.assignedTo]).toEqual([0, 1]);
  });
});
