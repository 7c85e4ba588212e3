// The closed-year guards on txn and posting INSERT, shared by migration v1
// (which creates them) and the store's bulk mode (which swaps them for one
// set-based check per write scope; see SqliteBookState::enter_bulk_mode).
#pragma once

namespace comptoir {

inline constexpr const char* txn_closed_year_insert_trigger = R"sql(
CREATE TRIGGER txn_closed_year_insert BEFORE INSERT ON txn
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.entity = NEW.entity AND f.status = 'closed'
             AND NEW.date BETWEEN f.start_date AND f.end_date)
BEGIN SELECT RAISE(ABORT, 'the transaction is dated in a closed fiscal year'); END;
)sql";

inline constexpr const char* posting_closed_year_insert_trigger = R"sql(
CREATE TRIGGER posting_closed_year_insert BEFORE INSERT ON posting
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.entity = NEW.entity AND f.status = 'closed'
             AND NEW.date BETWEEN f.start_date AND f.end_date)
BEGIN SELECT RAISE(ABORT, 'the posting is dated in a closed fiscal year'); END;
)sql";

inline constexpr const char* closed_year_insert_message = "a new entry is dated in a closed fiscal year";

}  // namespace comptoir
