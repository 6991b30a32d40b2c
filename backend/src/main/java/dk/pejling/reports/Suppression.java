package dk.pejling.reports;

import dk.pejling.reports.ReportApi.MaskReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which figures of a tree of groups may be shown (A1, A7). Every node is a group of ballots that contains its
 * children's ballots (a unit with its sub-units; a leader inside a unit). A node is shown only with at least k
 * ballots; and for every shown node, the ballots not covered by its nearest shown descendants must number 0 or at
 * least k, or else subtracting those descendants from it would reveal a group below k. Where that fails, the
 * smallest shown descendant that may be hidden is hidden too, and if none may, the node itself.
 *
 * <p>Because every shown node then splits into shown parts and a remainder that is empty or at least k, the
 * difference of any shown node and a shown node inside it is a sum of such remainders and shown nodes: 0 or at
 * least k. Nodes marked {@code fixed} are shown elsewhere (a leader's own report that HR may read) and are never
 * hidden by this step; the figure above them is hidden instead.
 */
final class Suppression {

    /** A group in the tree. {@code parent} is null only for the root. */
    record Node(String id, String parent, int n, boolean fixed) {
    }

    private Suppression() {
    }

    /** For every node: null when shown, else why hidden. */
    static Map<String, MaskReason> apply(List<Node> nodes, int k) {
        Map<String, Node> byId = new LinkedHashMap<>();
        Map<String, List<Node>> children = new HashMap<>();
        for (Node node : nodes) {
            byId.put(node.id(), node);
            if (node.parent() != null) {
                children.computeIfAbsent(node.parent(), p -> new ArrayList<>()).add(node);
            }
        }
        Map<String, MaskReason> mask = new LinkedHashMap<>();
        for (Node node : nodes) {
            mask.put(node.id(), node.n() == 0 ? MaskReason.NO_ANSWERS
                    : node.n() < k ? MaskReason.BELOW_THRESHOLD : null);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node node : nodes) {
                if (mask.get(node.id()) != null) {
                    continue;
                }
                List<Node> frontier = new ArrayList<>();
                collectShown(node, children, mask, frontier);
                int remainder = node.n() - frontier.stream().mapToInt(Node::n).sum();
                if (remainder == 0 || remainder >= k) {
                    continue;
                }
                Node hide = frontier.stream().filter(f -> !f.fixed())
                        .min(Comparator.comparingInt(Node::n).thenComparing(Node::id)).orElse(null);
                mask.put(hide == null ? node.id() : hide.id(), MaskReason.DIFFERENCING);
                changed = true;
            }
        }
        return mask;
    }

    /** The nearest shown descendants of a node (looking through hidden ones). */
    private static void collectShown(Node node, Map<String, List<Node>> children, Map<String, MaskReason> mask,
            List<Node> out) {
        for (Node child : children.getOrDefault(node.id(), List.of())) {
            MaskReason reason = mask.get(child.id());
            if (reason == null) {
                out.add(child);
            } else if (!Objects.equals(reason, MaskReason.NO_ANSWERS) || child.n() > 0) {
                collectShown(child, children, mask, out);
            }
        }
    }
}
