package dk.pejling.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Native SQL that returns named rows: each query's result is a record whose components are the query's column
 * aliases (a component {@code evalueeId} reads the column {@code evaluee_id}), converted by one converter. Used where
 * aggregation must happen in the database; everything else goes through entities.
 */
public final class Sql {

    private static final Map<Class<?>, Mapper<?>> MAPPERS = new ConcurrentHashMap<>();

    private final Query query;

    private Sql(Query query) {
        this.query = query;
    }

    public static Sql query(EntityManager em, String sql) {
        return new Sql(em.createNativeQuery(sql, Tuple.class));
    }

    public Sql param(String name, Object value) {
        query.setParameter(name, value);
        return this;
    }

    public <T extends Record> List<T> list(Class<T> type) {
        @SuppressWarnings("unchecked")
        Mapper<T> mapper = (Mapper<T>) MAPPERS.computeIfAbsent(type, Mapper::new);
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = query.getResultList();
        List<T> rows = new ArrayList<>(tuples.size());
        for (Tuple tuple : tuples) {
            rows.add(mapper.map(tuple));
        }
        return rows;
    }

    public <T extends Record> Optional<T> first(Class<T> type) {
        query.setMaxResults(1);
        return list(type).stream().findFirst();
    }

    /** Converts a value as PostgreSQL's driver returns it to the type a row component declares. */
    public static Object convert(Object value, Class<?> type) {
        if (value == null) {
            if (type.isPrimitive()) {
                return type == boolean.class ? false : type == double.class ? 0.0 : type == long.class ? 0L : 0;
            }
            return null;
        }
        if (type.isInstance(value)) {
            return value;
        }
        if (type == int.class || type == Integer.class) {
            return ((Number) value).intValue();
        }
        if (type == long.class || type == Long.class) {
            return ((Number) value).longValue();
        }
        if (type == double.class || type == Double.class) {
            return ((Number) value).doubleValue();
        }
        if (type == BigDecimal.class) {
            return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        }
        if (type == boolean.class || type == Boolean.class) {
            return value;
        }
        if (type == UUID.class) {
            return UUID.fromString(value.toString());
        }
        if (type == Instant.class) {
            if (value instanceof Timestamp t) {
                return t.toInstant();
            }
            if (value instanceof OffsetDateTime o) {
                return o.toInstant();
            }
        }
        if (type == String.class) {
            return value.toString();
        }
        if (type.isEnum()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object constant = Enum.valueOf((Class<? extends Enum>) type, value.toString());
            return constant;
        }
        throw new IllegalArgumentException("Cannot read " + value.getClass().getName() + " as " + type.getName());
    }

    private static final class Mapper<T> {
        private final Constructor<T> constructor;
        private final String[] columns;
        private final Class<?>[] types;

        Mapper(Class<T> type) {
            RecordComponent[] components = type.getRecordComponents();
            columns = new String[components.length];
            types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                columns[i] = column(components[i].getName());
                types[i] = components[i].getType();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        T map(Tuple tuple) {
            Map<String, Integer> index = new HashMap<>();
            List<TupleElement<?>> elements = tuple.getElements();
            for (int i = 0; i < elements.size(); i++) {
                index.put(elements.get(i).getAlias().toLowerCase(Locale.ROOT), i);
            }
            Object[] args = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) {
                Integer at = index.get(columns[i]);
                if (at == null) {
                    throw new IllegalStateException("The query has no column " + columns[i] + " for "
                            + constructor.getDeclaringClass().getSimpleName());
                }
                args[i] = convert(tuple.get(at), types[i]);
            }
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }

        /** evalueeId → evaluee_id */
        private static String column(String component) {
            return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        }
    }
}
