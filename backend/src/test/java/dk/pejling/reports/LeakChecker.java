package dk.pejling.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The adversary's arithmetic. The unknowns are the answers — one cell per employee ballot and statement, a score or
 * "ved ikke". Every figure a reader obtains (a mean with its n, a "ved ikke" count, a distribution, a spread) is, for
 * each kind of moment, the sum of the same linear function over the cells of its scope; so what a reader can work
 * out is exactly the span of the figures' scopes. A set G of cells is pinned down when its indicator lies in that
 * span; it is a leak when G holds 1 to k-1 ballots, or 1 to k-1 ballots that scored.
 *
 * <p>Cells that lie in exactly the same scopes form an atom; a pinned-down set is a union of atoms. The span's
 * complement is the null space of the figures-by-atoms matrix, computed over GF(2^61-1): G is pinned down exactly
 * when every null-space vector sums to zero over G's atoms. A depth-first search over unions of small atoms, with
 * those sums kept as it goes, finds the smallest leaks.
 */
final class LeakChecker {

    private static final long P = (1L << 61) - 1;

    /** A leak: the cells pinned down, with their ballots. */
    record Leak(List<Integer> cells, int ballots, int scored, List<String> figures) {
    }

    private final int[] ballotOfCell;
    private final boolean[] scoredCell;
    private final int k;
    private final List<int[]> scopes = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private long budget = 3_000_000;

    /** {@code ballotOfCell[c]} names the ballot of cell c; {@code scoredCell[c]} whether it holds a score. */
    LeakChecker(int[] ballotOfCell, boolean[] scoredCell, int k) {
        this.ballotOfCell = ballotOfCell;
        this.scoredCell = scoredCell;
        this.k = k;
    }

    /** A figure the reader obtains, over these cells. */
    void figure(String label, int[] cells) {
        if (cells.length > 0) {
            scopes.add(cells);
            labels.add(label);
        }
    }

    int figures() {
        return scopes.size();
    }

    /** True when the search ran out of its step budget before covering every candidate. */
    boolean exhausted() {
        return budget <= 0;
    }

    Optional<Leak> leak() {
        // Atoms: cells grouped by the set of figures that contain them.
        Map<String, List<Integer>> bySignature = new HashMap<>();
        List<List<Integer>> membership = new ArrayList<>();
        for (int c = 0; c < ballotOfCell.length; c++) {
            membership.add(new ArrayList<>());
        }
        for (int f = 0; f < scopes.size(); f++) {
            for (int c : scopes.get(f)) {
                membership.get(c).add(f);
            }
        }
        for (int c = 0; c < ballotOfCell.length; c++) {
            if (!membership.get(c).isEmpty()) {
                bySignature.computeIfAbsent(membership.get(c).toString(), s -> new ArrayList<>()).add(c);
            }
        }
        List<List<Integer>> atoms = new ArrayList<>(bySignature.values());
        atoms.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
        int n = atoms.size();
        Map<Integer, Integer> atomOfCell = new HashMap<>();
        for (int a = 0; a < n; a++) {
            for (int c : atoms.get(a)) {
                atomOfCell.put(c, a);
            }
        }
        long[][] matrix = new long[scopes.size()][n];
        for (int f = 0; f < scopes.size(); f++) {
            for (int c : scopes.get(f)) {
                matrix[f][atomOfCell.get(c)] = 1;
            }
        }
        long[][] kernel = kernel(matrix, n);
        // Each atom's column of the kernel basis: the atom's contribution to the sums.
        long[][] column = new long[n][kernel.length];
        for (int z = 0; z < kernel.length; z++) {
            for (int a = 0; a < n; a++) {
                column[a][z] = kernel[z][a];
            }
        }
        // Candidates: atoms that can be part of a small group (fewer than k ballots that scored).
        List<Integer> candidates = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            if (scored(atoms.get(a)) < k) {
                candidates.add(a);
            }
        }
        Search search = new Search(atoms, column, candidates, kernel.length);
        if (search.dfs(0, new long[kernel.length], new int[ballotCount()], 0, 0, new ArrayList<>())) {
            List<Integer> cells = new ArrayList<>();
            search.found.forEach(a -> cells.addAll(atoms.get(a)));
            List<String> involved = new ArrayList<>();
            for (int f = 0; f < scopes.size(); f++) {
                for (int c : scopes.get(f)) {
                    if (cells.contains(c)) {
                        involved.add(labels.get(f));
                        break;
                    }
                }
            }
            return Optional.of(new Leak(cells, distinctBallots(cells), scored(cells), involved));
        }
        return Optional.empty();
    }

    private int ballotCount() {
        int max = 0;
        for (int b : ballotOfCell) {
            max = Math.max(max, b + 1);
        }
        return max;
    }

    private int scored(List<Integer> cells) {
        java.util.Set<Integer> ballots = new java.util.HashSet<>();
        for (int c : cells) {
            if (scoredCell[c]) {
                ballots.add(ballotOfCell[c]);
            }
        }
        return ballots.size();
    }

    private int distinctBallots(List<Integer> cells) {
        java.util.Set<Integer> ballots = new java.util.HashSet<>();
        cells.forEach(c -> ballots.add(ballotOfCell[c]));
        return ballots.size();
    }

    private final class Search {
        final List<List<Integer>> atoms;
        final long[][] column;
        final List<Integer> candidates;
        final int dims;
        List<Integer> found;

        Search(List<List<Integer>> atoms, long[][] column, List<Integer> candidates, int dims) {
            this.atoms = atoms;
            this.column = column;
            this.candidates = candidates;
            this.dims = dims;
        }

        /** Extends the group with candidates from index i on; counts: per ballot, cells (all) in the group. */
        boolean dfs(int i, long[] sums, int[] perBallot, int ballots, int depth, List<Integer> group) {
            if (!group.isEmpty() && zero(sums)) {
                int scored = scoredBallots(group);
                if ((ballots > 0 && ballots < k) || (scored > 0 && scored < k)) {
                    found = new ArrayList<>(group);
                    return true;
                }
            }
            if (depth >= 8) {
                return false;
            }
            for (int j = i; j < candidates.size(); j++) {
                if (--budget <= 0) {
                    return false;
                }
                int a = candidates.get(j);
                int added = 0;
                for (int c : atoms.get(a)) {
                    if (perBallot[ballotOfCell[c]]++ == 0) {
                        added++;
                    }
                }
                group.add(a);
                int scored = scoredBallots(group);
                if (scored < k) {
                    long[] next = new long[dims];
                    for (int d = 0; d < dims; d++) {
                        next[d] = (sums[d] + column[a][d]) % P;
                    }
                    if (dfs(j + 1, next, perBallot, ballots + added, depth + 1, group)) {
                        return true;
                    }
                }
                group.remove(group.size() - 1);
                for (int c : atoms.get(a)) {
                    perBallot[ballotOfCell[c]]--;
                }
            }
            return false;
        }

        private int scoredBallots(List<Integer> group) {
            java.util.Set<Integer> ballots = new java.util.HashSet<>();
            for (int a : group) {
                for (int c : atoms.get(a)) {
                    if (scoredCell[c]) {
                        ballots.add(ballotOfCell[c]);
                    }
                }
            }
            return ballots.size();
        }

        private boolean zero(long[] sums) {
            for (long s : sums) {
                if (s != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A basis of {z : M z = 0} over GF(P), as rows. */
    static long[][] kernel(long[][] m, int columns) {
        int rows = m.length;
        long[][] a = new long[rows][];
        for (int r = 0; r < rows; r++) {
            a[r] = Arrays.copyOf(m[r], columns);
        }
        int[] pivotColumn = new int[rows];
        boolean[] isPivot = new boolean[columns];
        int rank = 0;
        for (int c = 0; c < columns && rank < rows; c++) {
            int pivot = -1;
            for (int r = rank; r < rows; r++) {
                if (a[r][c] != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] swap = a[rank];
            a[rank] = a[pivot];
            a[pivot] = swap;
            long inverse = inverse(a[rank][c]);
            for (int j = 0; j < columns; j++) {
                a[rank][j] = mul(a[rank][j], inverse);
            }
            for (int r = 0; r < rows; r++) {
                if (r != rank && a[r][c] != 0) {
                    long factor = a[r][c];
                    for (int j = 0; j < columns; j++) {
                        if (a[rank][j] != 0) {
                            a[r][j] = sub(a[r][j], mul(factor, a[rank][j]));
                        }
                    }
                }
            }
            pivotColumn[rank] = c;
            isPivot[c] = true;
            rank++;
        }
        List<long[]> basis = new ArrayList<>();
        for (int free = 0; free < columns; free++) {
            if (isPivot[free]) {
                continue;
            }
            long[] z = new long[columns];
            z[free] = 1;
            for (int r = 0; r < rank; r++) {
                z[pivotColumn[r]] = sub(0, a[r][free]);
            }
            basis.add(z);
        }
        return basis.toArray(long[][]::new);
    }

    private static long mul(long x, long y) {
        long high = Math.multiplyHigh(x, y);
        long low = x * y;
        // x * y = high * 2^64 + low (unsigned); reduce modulo 2^61 - 1.
        long lo61 = low & P;
        long rest = (low >>> 61) | (high << 3);
        long sum = lo61 + rest;
        sum = (sum & P) + (sum >>> 61);
        return sum >= P ? sum - P : sum;
    }

    private static long sub(long x, long y) {
        long d = x - y;
        return d < 0 ? d + P : d;
    }

    private static long inverse(long x) {
        long result = 1;
        long base = x;
        long e = P - 2;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = mul(result, base);
            }
            base = mul(base, base);
            e >>= 1;
        }
        return result;
    }
}
