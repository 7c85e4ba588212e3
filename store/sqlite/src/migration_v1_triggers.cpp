// Schema version 1, the last line of immutability: triggers that refuse to
// change validated transactions, their postings and tags, anything dated in
// a closed fiscal year, and running totals written by anyone but the store.
// The C++ core checks first with a more precise message.
#include <string>

#include "closed_year_insert_guards.hpp"
#include "connection.hpp"
#include "migrations.hpp"

namespace comptoir {
namespace {

constexpr const char* validated_triggers = R"sql(
CREATE TRIGGER txn_validated_no_update BEFORE UPDATE ON txn WHEN OLD.status = 'validated'
BEGIN SELECT RAISE(ABORT, 'a validated transaction cannot be changed; post a correcting entry instead'); END;

CREATE TRIGGER txn_validated_no_delete BEFORE DELETE ON txn WHEN OLD.status = 'validated'
BEGIN SELECT RAISE(ABORT, 'a validated transaction cannot be deleted; post a correcting entry instead'); END;

CREATE TRIGGER posting_validated_no_update BEFORE UPDATE ON posting
WHEN EXISTS (SELECT 1 FROM txn WHERE id IN (OLD.txn_id, NEW.txn_id) AND status = 'validated')
BEGIN SELECT RAISE(ABORT, 'the postings of a validated transaction cannot be changed'); END;

CREATE TRIGGER posting_validated_no_delete BEFORE DELETE ON posting
WHEN EXISTS (SELECT 1 FROM txn WHERE id = OLD.txn_id AND status = 'validated')
BEGIN SELECT RAISE(ABORT, 'the postings of a validated transaction cannot be deleted'); END;

CREATE TRIGGER posting_tag_validated_no_update BEFORE UPDATE ON posting_tag
WHEN EXISTS (SELECT 1 FROM posting p JOIN txn t ON t.id = p.txn_id
             WHERE p.id IN (OLD.posting_id, NEW.posting_id) AND t.status = 'validated')
BEGIN SELECT RAISE(ABORT, 'the analytic tags of a validated transaction cannot be changed'); END;

CREATE TRIGGER posting_tag_validated_no_delete BEFORE DELETE ON posting_tag
WHEN EXISTS (SELECT 1 FROM posting p JOIN txn t ON t.id = p.txn_id
             WHERE p.id = OLD.posting_id AND t.status = 'validated')
BEGIN SELECT RAISE(ABORT, 'the analytic tags of a validated transaction cannot be deleted'); END;
)sql";

constexpr const char* closed_year_triggers = R"sql(
CREATE TRIGGER txn_closed_year_update BEFORE UPDATE ON txn
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.status = 'closed'
             AND ((f.entity = OLD.entity AND OLD.date BETWEEN f.start_date AND f.end_date)
               OR (f.entity = NEW.entity AND NEW.date BETWEEN f.start_date AND f.end_date)))
BEGIN SELECT RAISE(ABORT, 'a transaction dated in a closed fiscal year cannot be changed'); END;

CREATE TRIGGER txn_closed_year_delete BEFORE DELETE ON txn
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.entity = OLD.entity AND f.status = 'closed'
             AND OLD.date BETWEEN f.start_date AND f.end_date)
BEGIN SELECT RAISE(ABORT, 'a transaction dated in a closed fiscal year cannot be deleted'); END;

CREATE TRIGGER posting_closed_year_update BEFORE UPDATE ON posting
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.status = 'closed'
             AND ((f.entity = OLD.entity AND OLD.date BETWEEN f.start_date AND f.end_date)
               OR (f.entity = NEW.entity AND NEW.date BETWEEN f.start_date AND f.end_date)))
BEGIN SELECT RAISE(ABORT, 'a posting dated in a closed fiscal year cannot be changed'); END;

CREATE TRIGGER posting_closed_year_delete BEFORE DELETE ON posting
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.entity = OLD.entity AND f.status = 'closed'
             AND OLD.date BETWEEN f.start_date AND f.end_date)
BEGIN SELECT RAISE(ABORT, 'a posting dated in a closed fiscal year cannot be deleted'); END;

CREATE TRIGGER posting_tag_closed_year_update BEFORE UPDATE ON posting_tag
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id IN (OLD.posting_id, NEW.posting_id))
BEGIN SELECT RAISE(ABORT, 'the analytic tags of a posting in a closed fiscal year cannot be changed'); END;

CREATE TRIGGER posting_tag_closed_year_delete BEFORE DELETE ON posting_tag
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id = OLD.posting_id)
BEGIN SELECT RAISE(ABORT, 'the analytic tags of a posting in a closed fiscal year cannot be deleted'); END;

CREATE TRIGGER fiscal_year_closed_no_update BEFORE UPDATE ON fiscal_year WHEN OLD.status = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed fiscal year cannot be reopened or changed'); END;

CREATE TRIGGER fiscal_year_closed_no_delete BEFORE DELETE ON fiscal_year WHEN OLD.status = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed fiscal year cannot be deleted'); END;
)sql";

// running_total_guard holds one row whose `open` is 1 only while the store
// flushes its running totals, inside its own transaction (never committed
// as 1). Any other write to account_month_total is refused.
constexpr const char* running_total_triggers = R"sql(
CREATE TABLE running_total_guard (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  open INTEGER NOT NULL CHECK (open IN (0, 1))
) STRICT;
INSERT INTO running_total_guard (id, open) VALUES (1, 0);

CREATE TRIGGER account_month_total_no_insert BEFORE INSERT ON account_month_total
WHEN (SELECT open FROM running_total_guard) IS NOT 1
BEGIN SELECT RAISE(ABORT, 'running totals are maintained by Comptoir only'); END;

CREATE TRIGGER account_month_total_no_update BEFORE UPDATE ON account_month_total
WHEN (SELECT open FROM running_total_guard) IS NOT 1
BEGIN SELECT RAISE(ABORT, 'running totals are maintained by Comptoir only'); END;

CREATE TRIGGER account_month_total_no_delete BEFORE DELETE ON account_month_total
WHEN (SELECT open FROM running_total_guard) IS NOT 1
BEGIN SELECT RAISE(ABORT, 'running totals are maintained by Comptoir only'); END;
)sql";

}  // namespace

void create_triggers_v1(Connection& connection) {
  connection.execute(validated_triggers, "creating the triggers that protect validated transactions");
  connection.execute(closed_year_triggers, "creating the triggers that protect closed fiscal years");
  connection.execute(txn_closed_year_insert_trigger, "creating the triggers that protect closed fiscal years");
  connection.execute(posting_closed_year_insert_trigger, "creating the triggers that protect closed fiscal years");
  connection.execute(running_total_triggers, "creating the triggers that protect running totals");
}

}  // namespace comptoir
