// See integrity_report.hpp.
#include "reports/integrity_report.hpp"

namespace comptoir {

void write_integrity_report(const VerificationReport& report, const std::vector<std::string>& running_totals,
                            const std::vector<std::string>& references, const Labels& t, TableWriter& out) {
  const auto status = [&](bool ok) {
    return Cell(ok ? Code{"ok", std::string(t("integrity.ok"))} : Code{"failed", std::string(t("integrity.failed"))});
  };
  const auto check = [&](const char* code, const char* label) { return Cell(Code{code, std::string(t(label))}); };
  out.begin({std::string(t("integrity.title")),
             {{"check", std::string(t("integrity.col.check")), 18, Align::Left, 10},
              {"entity", std::string(t("col.entity_short")), 4},
              {"transactions", std::string(t("integrity.col.transactions")), 9, Align::Right},
              {"postings", std::string(t("integrity.col.postings")), 9, Align::Right},
              {"status", std::string(t("col.status")), 8},
              {"detail", std::string(t("integrity.col.detail")), 64, Align::Left, 16}}});
  for (const auto& e : report.entities) {
    out.row({check("chain", "integrity.chain"), e.entity, e.transactions, e.postings, status(e.problems.empty()),
             e.problems.empty() ? e.head_hash : e.problems.front()});
  }
  out.row({check("running_totals", "integrity.running_totals"),
           {},
           {},
           {},
           status(running_totals.empty()),
           running_totals.empty() ? std::string() : running_totals.front()});
  out.row({check("references", "integrity.references"),
           {},
           {},
           {},
           status(references.empty()),
           references.empty() ? std::string() : references.front()});
  out.end();
}

}  // namespace comptoir
