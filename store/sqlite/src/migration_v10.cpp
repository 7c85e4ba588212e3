// Schema version 10: an investment subsidy linked to a fixed asset (its
// 13x account and amount), set once and never changed, as the asset
// itself. Never edit once released: a later change is a new migration.
#include "connection.hpp"
#include "migrations.hpp"

namespace comptoir {
namespace {

constexpr const char* subsidy_columns = R"sql(
ALTER TABLE fixed_asset ADD COLUMN subsidy_account TEXT
  CHECK (subsidy_account IS NULL OR (subsidy_account LIKE '13%' AND subsidy_account NOT LIKE '139%'));
ALTER TABLE fixed_asset ADD COLUMN subsidy_cents INTEGER CHECK (subsidy_cents IS NULL OR subsidy_cents > 0);

CREATE TRIGGER fixed_asset_subsidy_once BEFORE UPDATE OF subsidy_account, subsidy_cents ON fixed_asset
WHEN OLD.subsidy_account IS NOT NULL OR OLD.disposal_date IS NOT NULL
  OR (NEW.subsidy_account IS NULL) <> (NEW.subsidy_cents IS NULL)
  OR NEW.subsidy_cents > NEW.cost_cents
BEGIN SELECT RAISE(ABORT, 'an investment subsidy is linked to an asset once, before its disposal'); END;
)sql";

}  // namespace

void migrate_to_v10(Connection& connection) {
  connection.execute(subsidy_columns, "linking investment subsidies to fixed assets (schema version 10)");
}

}  // namespace comptoir
