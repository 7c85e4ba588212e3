// The closed-year guards on txn, posting (and posting_tag) INSERT, shared by migration v1 (v9)
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

// From schema version 9 (migration_v9.cpp): a tag added to a posting of a
// closed year. In bulk mode the tags are those of the scope's new postings,
// whose dates the set-based check covers.
inline constexpr const char* posting_tag_closed_year_insert_trigger = R"sql(
CREATE TRIGGER posting_tag_closed_year_insert BEFORE INSERT ON posting_tag
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id = NEW.posting_id)
BEGIN SELECT RAISE(ABORT, 'a posting dated in a closed fiscal year cannot take a new analytic tag'); END;
)sql";

inline constexpr const char* closed_year_insert_message = "a new entry is dated in a closed fiscal year";

}  // namespace comptoir
