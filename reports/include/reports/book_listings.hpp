// The listings of the books themselves, built once for every writer: the
// trial balance (balance générale), the balance by analytic tag, the
// journal (livre-journal) and the general ledger (grand livre). Each reads
// the book through its reader port and streams its rows to a TableWriter.
#pragma once

#include <string>

#include "core/book_reader.hpp"
#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir {

// Refuses a filter that names what the book does not hold, rather than
// printing an empty table: an unknown entity (Error(NotFound)) or a fiscal
// year the entity, or every entity, does not have (Error(InvalidInput),
// naming the years it has).
void check_filter(const BookReader& book, const TransactionFilter& filter);

// One row per account that moved (validated entries): account, label,
// debit, credit, balance = debit − credit; an `entity` column first when
// the filter spans every entity. CSV contract: account,label,debit,credit,balance.
void write_trial_balance(const BookReader& book, const TransactionFilter& filter, const Labels& labels,
                         TableWriter& out);

// One row per analytic tag (key, value) of the postings the filter selects;
// `key` non-empty keeps that key only.
void write_tag_balance(const BookReader& book, const TagBalanceReader& tags, const TransactionFilter& filter,
                       const std::string& key, const Labels& labels, TableWriter& out);

// Entries with their postings, validated ones in validation order, then
// drafts (filter.status says which).
void write_journal(const BookReader& book, const TransactionFilter& filter, const Labels& labels, TableWriter& out);

// Validated postings by entity, account, date, with each account's running
// balance; with filter.from after its fiscal year's start, each account
// opens with its balance at the day before (see ledger_opening.hpp).
// CSV and JSON end with each posting's `line` (its id, what `letter` takes)
// and `letter` (its lettering code); text shows them, instead of the
// journal, with `lettering`.
void write_general_ledger(const BookReader& book, const TransactionFilter& filter, const Labels& labels,
                          TableWriter& out, bool lettering = false);

}  // namespace comptoir
