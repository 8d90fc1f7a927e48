package dev.migrate.plan;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiPredicate;

import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SequenceChange.DropSequence;
import dev.migrate.diff.TableChange.AddCheck;
import dev.migrate.diff.TableChange.AddColumn;
import dev.migrate.diff.TableChange.AddForeignKey;
import dev.migrate.diff.TableChange.AddPrimaryKey;
import dev.migrate.diff.TableChange.AddUnique;
import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.diff.TableChange.CreateIndex;
import dev.migrate.diff.TableChange.DropColumn;
import dev.migrate.diff.TableChange.DropTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;

/**
 * Which changes lose data, and which can fail on the rows a table already has. The same for every dialect but for
 * which type changes keep every value, which the dialect says.
 */
public final class ChangeRisks {

    private final BiPredicate<ColumnType, ColumnType> widening;

    /** @param widening whether every value of the first type fits the second unchanged */
    public ChangeRisks(BiPredicate<ColumnType, ColumnType> widening) {
        this.widening = widening;
    }

    public Set<ChangeRisk> of(SchemaChange change) {
        Set<ChangeRisk> risks = EnumSet.noneOf(ChangeRisk.class);
        if (change instanceof DropColumn drop && drop.column().generatedExpression() != null) {
            return risks; // computed from other columns: nothing is lost
        }
        if (change instanceof DropTable || change instanceof DropColumn || change instanceof DropSequence) {
            risks.add(ChangeRisk.DESTRUCTIVE);
        }
        else if (change instanceof AddColumn add) {
            Column c = add.column();
            if (!c.nullable() && c.defaultExpression() == null && c.identity() == null
                    && c.generatedExpression() == null) {
                risks.add(ChangeRisk.MAY_FAIL_ON_DATA);
            }
        }
        else if (change instanceof AlterColumn alter) {
            addAlterColumnRisks(alter.from(), alter.to(), risks);
        }
        else if (change instanceof AddPrimaryKey || change instanceof AddUnique || change instanceof AddCheck
                || change instanceof AddForeignKey || change instanceof CreateIndex create && create.index().unique()) {
            risks.add(ChangeRisk.MAY_FAIL_ON_DATA);
        }
        return risks;
    }

    private void addAlterColumnRisks(Column from, Column to, Set<ChangeRisk> risks) {
        if (!widening.test(from.type(), to.type())) {
            risks.add(ChangeRisk.DESTRUCTIVE);
            risks.add(ChangeRisk.MAY_FAIL_ON_DATA);
        }
        if (to.generatedExpression() != null && from.generatedExpression() == null) {
            risks.add(ChangeRisk.DESTRUCTIVE);
        }
        if (from.nullable() && !to.nullable()) {
            risks.add(ChangeRisk.MAY_FAIL_ON_DATA);
        }
    }

}
