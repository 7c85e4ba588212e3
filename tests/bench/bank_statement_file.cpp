// Writes the benchmark's camt.053 statement (bank_statement_file.hpp).
#include "bank_statement_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>

#include "core/date.hpp"
#include "transaction_generator.hpp"

namespace comptoir::bench {
namespace {

std::string amount_text(std::int64_t cents) {
  const std::int64_t a = cents < 0 ? -cents : cents;
  return fmt::format("{}.{:02}", a / 100, a % 100);
}

}  // namespace

BankStatementFile write_bank_statement(const std::filesystem::path& dir, std::uint64_t count, std::uint64_t max_lines) {
  BankStatementFile file;
  file.path = dir / "bank.xml";
  fmt::memory_buffer entries;
  std::int64_t total = 0;
  const Date first = Date::from_ymd(2025, 1, 1);
  TransactionGenerator generator(count);
  BenchTransaction t;
  while (file.lines < max_lines && generator.next(t)) {
    for (const BenchPosting& p : t.lines()) {
      if (p.account != "512000" || file.lines >= max_lines) continue;
      const std::int64_t cents = p.debit - p.credit;
      total += cents;
      ++file.lines;
      const int day = std::min(364, t.day_of_year + static_cast<int>(t.number % 3));
      fmt::format_to(std::back_inserter(entries),
                     "<Ntry><Amt Ccy=\"EUR\">{}</Amt><CdtDbtInd>{}</CdtDbtInd><Sts>BOOK</Sts>"
                     "<BookgDt><Dt>{}</Dt></BookgDt><AcctSvcrRef>B{}</AcctSvcrRef>"
                     "<AddtlNtryInf>{}</AddtlNtryInf></Ntry>\n",
                     amount_text(cents), cents < 0 ? "DBIT" : "CRDT", first.plus_days(day).iso(), file.lines, t.label);
    }
  }
  std::FILE* out = std::fopen(file.path.c_str(), "wb");
  if (out == nullptr) throw std::runtime_error("cannot create " + file.path.string());
  const std::string head = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>\n"
      "<GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-01-01T00:00:00</CreDtTm></GrpHdr>\n"
      "<Stmt><Id>BENCH-2025</Id><FrToDt><FrDtTm>2025-01-01T00:00:00</FrDtTm><ToDtTm>2025-12-31T23:59:59</ToDtTm>"
      "</FrToDt><Acct><Id><IBAN>FR7630003000300000000099999</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"
      "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
      "<Dt><Dt>2024-12-31</Dt></Dt></Bal>\n"
      "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">{}</Amt><CdtDbtInd>{}</CdtDbtInd>"
      "<Dt><Dt>2025-12-31</Dt></Dt></Bal>\n",
      amount_text(total), total < 0 ? "DBIT" : "CRDT");
  const std::string tail = "</Stmt></BkToCstmrStmt></Document>\n";
  const bool ok = std::fwrite(head.data(), 1, head.size(), out) == head.size() &&
                  std::fwrite(entries.data(), 1, entries.size(), out) == entries.size() &&
                  std::fwrite(tail.data(), 1, tail.size(), out) == tail.size();
  if (std::fclose(out) != 0 || !ok) throw std::runtime_error("cannot write " + file.path.string());
  return file;
}

}  // namespace comptoir::bench
