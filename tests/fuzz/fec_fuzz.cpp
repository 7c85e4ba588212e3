// FEC files: read one from the fuzzer's bytes and import it into entity AT
// of an in-memory book holding one validated entry. A refused file must
// leave the book exactly as it was; an accepted one must pass the verifier
// and post as many entries and lines as the import says.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>

#include "core/book.hpp"
#include "core/hash_chain.hpp"
#include "fec/fec_import.hpp"
#include "fec/fec_reader.hpp"
#include "fuzz_support.hpp"
#include "support/memory_book.hpp"

namespace comptoir::fuzz {
namespace {

using test::MemoryBook;

void add(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

void add(std::string& out, std::int64_t number) {
  add(out, std::to_string(number));
}

// Every field of the in-memory book, each length-prefixed: two states are
// equal exactly when their digests are.
std::string digest(const MemoryBook::State& s) {
  std::string out;
  for (const auto& e : s.entities) {
    add(out, e.code), add(out, e.name), add(out, e.siren), add(out, e.vat_liable);
  }
  for (const auto& [entity, a] : s.accounts) add(out, entity), add(out, a.number), add(out, a.label);
  for (const auto& [entity, a] : s.auxiliaries) {
    add(out, entity), add(out, a.code), add(out, a.label), add(out, a.parent_account);
  }
  for (const auto& [entity, j] : s.journals) add(out, entity), add(out, j.code), add(out, j.label);
  for (const auto& [entity, y] : s.years) {
    add(out, entity), add(out, y.year), add(out, y.start.days()), add(out, y.end.days());
    add(out, static_cast<std::int64_t>(y.status));
  }
  for (const auto& t : s.transactions) {
    add(out, t.id), add(out, t.entity), add(out, t.journal), add(out, t.date.days()), add(out, t.piece_ref);
    add(out, t.piece_date.days()), add(out, t.label), add(out, static_cast<std::int64_t>(t.status));
    add(out, t.fiscal_year), add(out, t.sequence), add(out, t.chain_position);
    add(out, t.validation_date ? t.validation_date->days() : -1), add(out, t.hash);
    for (const auto& p : t.postings) {
      add(out, p.account), add(out, p.auxiliary), add(out, p.debit.cents()), add(out, p.credit.cents());
      add(out, p.label);
      for (const auto& [key, value] : p.tags) add(out, key), add(out, value);
      add(out, p.lettering ? p.lettering->code : "-"), add(out, p.lettering ? p.lettering->date.days() : -1);
    }
  }
  return out;
}

// The book every input starts from: AT and RES of 2025 with the embedded
// chart, and one validated entry of AT, so an import chains on a real head.
const MemoryBook::State& initial_state() {
  static const MemoryBook::State state = [] {
    auto book = test::initialised_memory_book();
    Book(*book, *book)
        .post(
            test::entry("AT", "OD", "2025-01-15", {test::debit("512000", "100.00"), test::credit("102000", "100.00")}),
            true, Date::from_ymd(2025, 1, 15));
    return book->state();
  }();
  return state;
}

}  // namespace
}  // namespace comptoir::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace comptoir;
  using namespace comptoir::fuzz;
  std::optional<FecFile> file;
  const bool read = parses([&] {
    std::istringstream in{std::string(as_text(data, size))};
    file.emplace(read_fec(in, "fuzz.txt"));
  });
  if (!read) return 0;

  // The starting state's digest is taken once: it is most of the cost of
  // an input that parses, and the state copied below equals it.
  static const std::string before = digest(initial_state());
  MemoryBook book;
  book.state() = initial_state();
  FecImportResult result;
  const bool imported = parses([&] {
    auto scope = book.begin();
    Book ledger(book, book);
    result = import_fec(*file, "AT", ledger, {Date::from_ymd(2025, 12, 31), {}});
    scope->commit();
  });
  if (!imported) {
    if (digest(book.state()) != before) finding("a refused FEC import changed the book");
    return 0;
  }
  if (!verify_book(book).ok()) finding("the book fails verify after a FEC import");
  const auto& was = initial_state().transactions;
  const auto& now = book.state().transactions;
  std::size_t lines = 0;
  for (std::size_t i = was.size(); i < now.size(); ++i) lines += now[i].postings.size();
  if (now.size() - was.size() != result.entries || lines != result.lines) {
    finding("a FEC import posted other entries or lines than it reports");
  }
  return 0;
}
