// The listings of what a book is made of rather than what it records: its
// entities, their charts of accounts and auxiliary accounts, and the FEC
// files imported into it. Each reads a reader port and streams one table.
#pragma once

#include <string>

#include "core/book_reader.hpp"
#include "fec/fec_import.hpp"
#include "labels/labels.hpp"
#include "reports/table.hpp"

namespace comptoir {

// The entities with their name, SIREN and VAT status (a label in the
// reader's language in every format, as the CSV has always had it).
void write_entities(const BookReader& book, const Labels& labels, TableWriter& out);

// The general accounts of `entity` ("" = every entity) whose number starts
// with `prefix`. CSV contract: entity,account,label. Throws Error(NotFound)
// for an entity the book lacks.
void write_accounts(const BookReader& book, const std::string& entity, const std::string& prefix, const Labels& labels,
                    TableWriter& out);

// The auxiliary (third-party) accounts of `entity` ("" = every entity)
// with their collective account. CSV contract: entity,code,label,parent.
void write_auxiliary_accounts(const BookReader& book, const std::string& entity, const Labels& labels,
                              TableWriter& out);

// Every recorded FEC import, oldest first: date, entity, counts, the
// entries it posted, the file and (machine formats only) its SHA-256.
void write_fec_imports(const FecImportLog& log, const Labels& labels, TableWriter& out);

}  // namespace comptoir
