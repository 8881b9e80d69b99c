import { describe, expect, it } from 'vitest';
import { minCostAssignment } from '../../../src/matching/index.js';
import { prng } from './pool.js';

/** The cheapest total over every way of giving each row its own column. */
function bruteForce(cost: Float64Array, rows: number, cols: number): number {
  let best = Infinity;
  const used = new Array<boolean>(cols).fill(false);
  const walk = (r: number, total: number) => {
    if (r === rows) {
      best = Math.min(best, total);
      return;
    }
    for (let c = 0; c < cols; c++) {
      if (used[c]) continue;
      used[c] = true;
      walk(r + 1, total + (cost[r * cols + c] ?? 0));
      used[c] = false;
    }
  };
  walk(0, 0);
  return best;
}

function totalOf(cost: Float64Array, cols: number, assignment: Int32Array): number {
  return [...assignment].reduce((sum, c, r) => sum + (cost[r * cols + c] ?? NaN), 0);
}

function randomMatrix(rand: () => number, rows: number, cols: number, integers: boolean): Float64Array {
  return Float64Array.from({ length: rows * cols }, () => (integers ? Math.floor(rand() * 10) : rand()));
}

describe('minCostAssignment', () => {
  it('finds the optimal total on 200 random 4 × 6 matrices (checked by brute force)', () => {
    const rand = prng(20261127);
    for (let k = 0; k < 200; k++) {
      // Integer costs make ties, where a wrong potential update shows first.
      const cost = randomMatrix(rand, 4, 6, k % 2 === 0);
      const got = minCostAssignment(cost, 4, 6);
      expect(new Set(got).size).toBe(4);
      for (const c of got) expect(c >= 0 && c < 6).toBe(true);
      expect(totalOf(cost, 6, got)).toBeCloseTo(bruteForce(cost, 4, 6), 9);
    }
  });

  it('solves square matrices, including 1 × 1', () => {
    const rand = prng(7);
    for (let k = 0; k < 50; k++) {
      const cost = randomMatrix(rand, 5, 5, false);
      expect(totalOf(cost, 5, minCostAssignment(cost, 5, 5))).toBeCloseTo(bruteForce(cost, 5, 5), 9);
    }
    expect([...minCostAssignment(Float64Array.of(3), 1, 1)]).toEqual([0]);
  });

  it('gives up the locally cheapest cell when that makes the whole cheaper', () => {
    // Row 0 is cheapest in column 0, but row 1 can only afford column 0.
    const cost = Float64Array.of(1, 2, 1, 100);
    expect([...minCostAssignment(cost, 2, 2)]).toEqual([1, 0]);
  });

  it('handles the large constants that mark infeasible pairs', () => {
    const big = 1e6;
    const cost = Float64Array.of(0.2, big, big, 0.1, 0.3, big, big, big, 0.9);
    expect([...minCostAssignment(cost, 3, 3)]).toEqual([0, 1, 2]);
  });

  it('refuses more rows than columns', () => {
    expect(() => minCostAssignment(new Float64Array(6), 3, 2)).toThrow(RangeError);
  });
});
