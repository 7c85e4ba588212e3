// The checks that need the book (events, earlier imports) and the posting
// of each till day, in the caller's single write scope.
#include "till/till_import.hpp"

#include "core/error.hpp"

namespace comptoir {
namespace {

[[noreturn]] void reject(ErrorKind kind, const TillZReport& report, const TillDay& day, const std::string& field,
                         const std::string& reason) {
  throw Error(kind, at_location(report.source, day.line, field) + ": " + reason);
}

GuinguetteEvent event_of(const GuinguetteStore& store, const TillZReport& report, const TillDay& day) {
  auto event = store.event_on(day.date, day.tour);
  if (!event) {
    reject(ErrorKind::InvalidInput, report, day, "date",
           "no Guinguette event of tour " + day.tour + " on " + day.date.iso() +
               " (record it first: comptoir guinguette event add)");
  }
  if (auto file = store.imported_day(day.date, day.tour)) {
    reject(ErrorKind::InvalidInput, report, day, "date",
           "the till day " + day.date.iso() + " of tour " + day.tour + " was already imported from " + *file);
  }
  return *event;
}

std::int64_t post_day(Book& book, const TillZReport& report, const TillDay& day, const GuinguetteEvent& event,
                      const std::vector<VatRate>& rates, Date today) {
  if (day.total_ttc.is_zero()) return 0;
  try {
    return book.post(till_transaction(day, event, rates), true, today);
  } catch (const Error& e) {
    reject(e.kind(), report, day, "date", e.what());
  }
}

}  // namespace

TillImportResult import_till_report(Book& book, GuinguetteStore& store, const TillZReport& report,
                                    const std::vector<VatRate>& rates, Date today) {
  if (auto file = store.imported_file(report.sha256)) {
    throw Error(ErrorKind::InvalidInput, report.source + ": this file was already imported (as " + *file +
                                             ", same SHA-256 " + report.sha256.substr(0, 12) + "...)");
  }
  TillImportResult result;
  result.import_id = store.record_import(report.source, report.sha256, today);
  for (const auto& day : report.days) {
    const GuinguetteEvent event = event_of(store, report, day);
    const std::int64_t id = post_day(book, report, day, event, rates, today);
    store.record_import_day(result.import_id, day, event.id, id);
    if (id != 0) result.transaction_ids.push_back(id);
    result.total_ttc += day.total_ttc;
    ++result.days;
  }
  store.seal_import(result.import_id);
  return result;
}

}  // namespace comptoir
