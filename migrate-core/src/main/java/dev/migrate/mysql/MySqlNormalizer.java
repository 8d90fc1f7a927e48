package dev.migrate.mysql;

import static dev.migrate.diff.SchemaNormalizer.emptyAsNull;
import static dev.migrate.diff.SchemaNormalizer.sorted;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.diff.SchemaNormalizer;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.SequenceOptions;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/**
 * The canonical form of a MySQL or MariaDB schema, whichever server printed it: {@link MySqlTypes canonical types};
 * defaults as MariaDB prints them (string literals quoted, {@code current_timestamp()}, {@code TRUE} as {@code 1});
 * expressions without the outer parentheses MySQL 8 adds; {@code AUTO_INCREMENT} as a by-default identity (the
 * server has no options for it); primary keys without a name (it is always {@code PRIMARY}) and their columns NOT
 * NULL; {@code RESTRICT} as {@code NO ACTION} (the same in InnoDB); a unique index on plain columns as the unique
 * constraint it is; no index method, no {@code NULLS FIRST}; MariaDB's sequence defaults made explicit; empty
 * comments as none; every unordered collection sorted by name.
 */
final class MySqlNormalizer implements SchemaNormalizer {

    static final MySqlNormalizer INSTANCE = new MySqlNormalizer();

    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile(
            "(?i)(?:current_timestamp|now|localtimestamp|localtime)\\s*(?:\\(\\s*(\\d*)\\s*\\))?");

    /** MariaDB's sequence maximum: one less than BIGINT's, kept for the cycle check. */
    private static final long SEQUENCE_MAX = Long.MAX_VALUE - 1;

    private static final long SEQUENCE_CACHE = 1000;

    private static final String NUMBER = "-?\\d+(\\.\\d+)?";

    private MySqlNormalizer() {
    }

    @Override
    public Schema normalize(Schema schema) {
        List<Table> tables = sorted(schema.tables().stream().map(MySqlNormalizer::table).toList(), Table::name);
        List<Sequence> sequences = sorted(schema.sequences().stream().map(MySqlNormalizer::sequence).toList(),
                Sequence::name);
        return new Schema(schema.name(), tables, List.of(), sequences);
    }

    private static Table table(Table table) {
        PrimaryKey key = table.primaryKey() == null ? null : table.primaryKey().withName(null);
        Set<String> keyColumns = key == null ? Set.of() : new HashSet<>(key.columns());
        List<Column> columns = table.columns().stream().map(c -> column(c, keyColumns.contains(c.name()))).toList();
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniques());
        List<Index> indexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            List<IndexPart> parts = index.parts().stream().map(MySqlNormalizer::part).toList();
            boolean plain = parts.stream().allMatch(p -> p.column() != null && !p.descending());
            if (index.unique() && plain) {
                uniques.add(new UniqueConstraint(index.name(), parts.stream().map(IndexPart::column).toList()));
            }
            else {
                indexes.add(new Index(index.name(), index.unique(), parts, null, null, List.of()));
            }
        }
        List<CheckConstraint> checks = table.checks().stream()
            .map(c -> new CheckConstraint(c.name(), expression(c.expression()))).toList();
        List<ForeignKey> foreignKeys = table.foreignKeys().stream().map(f -> new ForeignKey(f.name(), f.columns(),
                f.referencedTable(), f.referencedColumns(), action(f.onDelete()), action(f.onUpdate()), false, false))
            .toList();
        return new Table(table.name(), columns, key, sorted(foreignKeys, ForeignKey::name),
                sorted(uniques, UniqueConstraint::name), sorted(checks, CheckConstraint::name),
                sorted(indexes, Index::name), emptyAsNull(table.comment()));
    }

    private static IndexPart part(IndexPart part) {
        return new IndexPart(part.column(), part.expression(), part.descending(), null);
    }

    private static ReferentialAction action(ReferentialAction action) {
        return action == null || action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }

    private static Column column(Column column, boolean inPrimaryKey) {
        ColumnType type = MySqlTypes.parse(MySqlTypes.render(column.type()));
        Identity identity = column.identity() == null ? null : new Identity(false, SequenceOptions.DEFAULTS);
        boolean nullable = column.nullable() && !inPrimaryKey && identity == null;
        String generated = column.generatedExpression() == null ? null : expression(column.generatedExpression());
        return new Column(column.name(), type, nullable, defaultExpression(column.defaultExpression(), type),
                identity, generated, column.collation(), emptyAsNull(column.comment()));
    }

    /** A default as MariaDB prints it. */
    static String defaultExpression(String expression, ColumnType type) {
        if (expression == null) {
            return null;
        }
        String text = expression.trim();
        if (text.equalsIgnoreCase("null")) {
            return null;
        }
        Matcher now = CURRENT_TIMESTAMP.matcher(text);
        if (now.matches()) {
            String precision = now.group(1) == null || now.group(1).isEmpty() || now.group(1).equals("0") ? ""
                    : now.group(1);
            return "current_timestamp(" + precision + ")";
        }
        if (text.equalsIgnoreCase("true")) {
            return "1";
        }
        if (text.equalsIgnoreCase("false")) {
            return "0";
        }
        if (MySqlTypes.isText(type) || MySqlTypes.isTemporal(type)) {
            return text;
        }
        // A number quoted by hand ('0') is the number the server stores and prints.
        if (text.length() > 2 && text.startsWith("'") && text.endsWith("'")
                && text.substring(1, text.length() - 1).matches(NUMBER)) {
            text = text.substring(1, text.length() - 1);
        }
        // A decimal's default is printed with the column's scale (0 in a decimal(10,2) is 0.00).
        if (type.name().startsWith("decimal") && type.scale() != null && text.matches(NUMBER)) {
            return new BigDecimal(text).setScale(type.scale(), RoundingMode.HALF_UP).toPlainString();
        }
        return text;
    }

    /** An expression without the outer parentheses MySQL 8 prints around checks and generated columns. */
    static String expression(String expression) {
        String text = expression.trim();
        while (text.startsWith("(") && text.endsWith(")") && enclosesAll(text)) {
            text = text.substring(1, text.length() - 1).trim();
        }
        return text;
    }

    private static boolean enclosesAll(String text) {
        int depth = 0;
        boolean quoted = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == quote) {
                    quoted = false;
                }
                continue;
            }
            if (c == '\'' || c == '`' || c == '"') {
                quoted = true;
                quote = c;
            }
            else if (c == '(') {
                depth++;
            }
            else if (c == ')') {
                depth--;
                if (depth == 0 && i < text.length() - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Sequence sequence(Sequence sequence) {
        return new Sequence(sequence.name(), "bigint", withDefaults(sequence.options()), null, null);
    }

    /** MariaDB's defaults: those of {@link SequenceOptions#withDefaults}, up to its maximum, cache 1000. */
    static SequenceOptions withDefaults(SequenceOptions options) {
        return options.withDefaults(-SEQUENCE_MAX, SEQUENCE_MAX, SEQUENCE_CACHE);
    }

}
