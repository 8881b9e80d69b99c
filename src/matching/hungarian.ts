/**
 * Minimum-cost assignment of every row to a distinct column (rows <= cols): the Hungarian method
 * with potentials and shortest augmenting paths (e-maxx's form of Jonker–Volgenant), O(rows² · cols).
 * Indices are 1-based inside, column 0 standing for "no column yet", as in the classic write-up.
 */

/** `cost` is row-major, rows × cols. Returns, for each row, its column. */
export function minCostAssignment(cost: Float64Array, rows: number, cols: number): Int32Array {
  if (rows > cols) throw new RangeError(`minCostAssignment needs rows <= cols (got ${rows} × ${cols})`);
  if (cost.length < rows * cols) throw new RangeError(`cost has ${cost.length} cells, ${rows * cols} needed`);
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const owner = new Int32Array(cols + 1); // owner[j]: the row holding column j, 0 for none
  const way = new Int32Array(cols + 1);
  const minv = new Float64Array(cols + 1);
  const used = new Uint8Array(cols + 1);
  for (let i = 1; i <= rows; i++) {
    owner[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = owner[j0] as number;
      const base = (i0 - 1) * cols - 1;
      const ui = u[i0] as number;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = (cost[base + j] as number) - ui - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[owner[j] as number] = (u[owner[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else {
          minv[j] = (minv[j] as number) - delta;
        }
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    // Flip the augmenting path back to its start.
    do {
      const j1 = way[j0] as number;
      owner[j0] = owner[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Int32Array(rows).fill(-1);
  for (let j = 1; j <= cols; j++) if ((owner[j] as number) > 0) out[(owner[j] as number) - 1] = j - 1;
  return out;
}
