package dev.migrate.benchmarks;

/**
 * The benchmarks' 200-entity model as Java sources, package {@code bench}: each entity has an identity id, a unique
 * code, six further columns, {@code @Version} and a {@code @ManyToOne} to the previous entity.
 */
public final class GeneratedEntities {

    public static final int COUNT = 200;

    private GeneratedEntities() {
    }

    /** The source of entity {@code E<i>}, table {@code e_<i>}. */
    public static String source(int i) {

        String parent = i == 0 ? "" : """
                    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
                    private E%d parent;
                """.formatted(i - 1);
        return """
                package bench;

                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "e_%d")
                public class E%d {
                    @jakarta.persistence.Id
                    @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
                    private Long id;
                    @jakarta.persistence.Column(length = 50, nullable = false, unique = true)
                    private String code;
                    private String name;
                    private int qty;
                    @jakarta.persistence.Column(precision = 10, scale = 2)
                    private java.math.BigDecimal price;
                    private java.time.Instant created;
                    private boolean active;
                    @jakarta.persistence.Column(length = 200)
                    private String note;
                    @jakarta.persistence.Version
                    private long version;
                %s}
                """.formatted(i, i, parent);
    }

}
