package dk.pejling.org;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Keys made by PostgreSQL's {@code lower()}, the function of the unique indexes on unit names and e-mails. Java's
 * lower case differs from the database's for some letters (the Greek final sigma, the dotted capital I, and more,
 * depending on the database's locale), so two names that Java tells apart could still collide in the index and fail
 * the import half-way. Asking the database, once for all the names of a file, makes the import's "the same name"
 * the database's.
 */
final class DatabaseKeys {

    private DatabaseKeys() {
    }

    /** The keys of these texts, computed in one query; a text not among them is lower-cased by Java. */
    static ImportKeys of(Collection<String> texts) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(texts));
        Map<String, String> keys = new HashMap<>();
        if (!distinct.isEmpty()) {
            Unit.getEntityManager().unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "select t, lower(t) from unnest(cast(? as varchar[])) as t")) {
                    statement.setArray(1, connection.createArrayOf("varchar", distinct.toArray()));
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            keys.put(result.getString(1), result.getString(2));
                        }
                    }
                }
            });
        }
        return text -> {
            String key = keys.get(text);
            return key != null ? key : ImportKeys.LOWER_CASE.lower(text);
        };
    }
}
