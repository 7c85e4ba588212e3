// Schema version 9: a closed fiscal year refuses, in the database too, the
// writes that version 1's triggers did not cover: a new analytic tag on one
// of its postings, lettering of its postings (letter the à-nouveaux of the
// next year instead), a grant tranche or a till day dated in it, a fixed
// asset put in service or disposed of in it. The C++ refuses them first
// with a clearer message; these are the last line, for raw SQL.
// Never edit once released: a later change is a new migration function.
#include "closed_year_insert_guards.hpp"
#include "connection.hpp"
#include "migrations.hpp"

namespace comptoir {
namespace {

constexpr const char* closed_year_link_triggers = R"sql(
CREATE TRIGGER lettering_closed_year_insert BEFORE INSERT ON lettering
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id = NEW.posting_id)
BEGIN SELECT RAISE(ABORT, 'a posting dated in a closed fiscal year cannot be lettered; letter its opening entry'); END;

CREATE TRIGGER lettering_closed_year_update BEFORE UPDATE ON lettering
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id IN (OLD.posting_id, NEW.posting_id))
BEGIN SELECT RAISE(ABORT, 'the lettering of a posting in a closed fiscal year cannot be changed'); END;

CREATE TRIGGER lettering_closed_year_delete BEFORE DELETE ON lettering
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id = OLD.posting_id)
BEGIN SELECT RAISE(ABORT, 'the lettering of a posting in a closed fiscal year cannot be removed'); END;

CREATE TRIGGER grant_tranche_closed_year_insert BEFORE INSERT ON grant_tranche
WHEN EXISTS (SELECT 1 FROM grant_agreement g JOIN fiscal_year f ON f.entity = g.entity AND f.status = 'closed'
             AND NEW.date BETWEEN f.start_date AND f.end_date WHERE g.code = NEW.grant_code)
BEGIN SELECT RAISE(ABORT, 'a grant tranche cannot be dated in a closed fiscal year'); END;

CREATE TRIGGER till_import_day_closed_year_insert BEFORE INSERT ON till_import_day
WHEN EXISTS (SELECT 1 FROM txn t JOIN fiscal_year f ON f.entity = t.entity AND f.status = 'closed'
             AND NEW.date BETWEEN f.start_date AND f.end_date WHERE t.id = NEW.txn_id)
BEGIN SELECT RAISE(ABORT, 'a till day cannot be dated in a closed fiscal year'); END;

CREATE TRIGGER fixed_asset_closed_year_insert BEFORE INSERT ON fixed_asset
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.entity = NEW.entity AND f.status = 'closed'
             AND NEW.in_service_date BETWEEN f.start_date AND f.end_date)
BEGIN SELECT RAISE(ABORT, 'a fixed asset cannot be put in service in a closed fiscal year'); END;

CREATE TRIGGER fixed_asset_closed_year_disposal BEFORE UPDATE OF disposal_date ON fixed_asset
WHEN NEW.disposal_date IS NOT NULL AND EXISTS (SELECT 1 FROM fiscal_year f WHERE f.entity = NEW.entity
             AND f.status = 'closed' AND NEW.disposal_date BETWEEN f.start_date AND f.end_date)
BEGIN SELECT RAISE(ABORT, 'a fixed asset cannot be disposed of in a closed fiscal year'); END;
)sql";

}  // namespace

void migrate_to_v9(Connection& connection) {
  connection.execute(posting_tag_closed_year_insert_trigger, "creating the triggers that close a year's links");
  connection.execute(closed_year_link_triggers, "creating the triggers that close a year's links");
}

}  // namespace comptoir
