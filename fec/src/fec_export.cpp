// FEC export: the header, then one TAB-separated line per posting.
#include "fec/fec_export.hpp"

#include <algorithm>
#include <map>

#include "core/error.hpp"
#include "fec/fec_format.hpp"

namespace comptoir {
namespace {

constexpr char tab = '\t';

void append_text(std::string& line, std::string_view text) {
  for (char c : text) line += (c == '\t' || c == '\r' || c == '\n' || c == '|') ? ' ' : c;
  line += tab;
}

void append_amount(std::string& line, Money amount) {
  std::string text = amount.to_string();
  std::replace(text.begin(), text.end(), '.', ',');
  line += text;
  line += tab;
}

std::string find_or(const std::map<std::string, std::string>& labels, const std::string& key) {
  auto it = labels.find(key);
  return it == labels.end() || it->second.empty() ? key : it->second;
}

class Exporter {
 public:
  Exporter(const BookReader& reader, const std::string& entity, std::ostream& out) : out_(out) {
    for (const auto& j : reader.journals(entity)) journals_[j.code] = j.label;
    for (const auto& a : reader.accounts(entity)) accounts_[a.number] = a.label;
    for (const auto& a : reader.auxiliaries(entity)) auxiliaries_[a.code] = a.label;
  }

  void header() {
    std::string line;
    for (std::size_t f = 0; f < fec_standard_fields; ++f) {
      if (f != 0) line += tab;
      line += fec_field_name(static_cast<FecField>(f));
    }
    line += '\n';
    out_ << line;
  }

  void write(const Transaction& t) {
    if (!t.is_validated()) return;
    const std::string sequence = std::to_string(t.sequence);
    const std::string date = t.date.compact();
    const std::string piece_ref = t.piece_ref.empty() ? t.reference() : t.piece_ref;
    const std::string piece_date = t.piece_date.days() == 0 ? date : t.piece_date.compact();
    const std::string valid_date = t.validation_date ? t.validation_date->compact() : date;
    const std::string journal_label = find_or(journals_, t.journal);
    for (const Posting& p : t.postings) {
      line_.clear();
      append_text(line_, t.journal);
      append_text(line_, journal_label);
      append_text(line_, sequence);
      append_text(line_, date);
      append_text(line_, p.account);
      append_text(line_, find_or(accounts_, p.account));
      append_text(line_, p.auxiliary);
      append_text(line_, p.auxiliary.empty() ? std::string() : find_or(auxiliaries_, p.auxiliary));
      append_text(line_, piece_ref);
      append_text(line_, piece_date);
      append_text(line_, p.label.empty() ? (t.label.empty() ? piece_ref : t.label) : p.label);
      append_amount(line_, p.debit);
      append_amount(line_, p.credit);
      if (p.lettering) {
        append_text(line_, p.lettering->code);
        append_text(line_, p.lettering->date.compact());
      } else {
        line_ += tab;  // EcritureLet
        line_ += tab;  // DateLet
      }
      append_text(line_, valid_date);
      line_ += tab;  // Montantdevise; Idevise is last and blank
      line_ += '\n';
      out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
    }
  }

 private:
  std::ostream& out_;
  std::map<std::string, std::string> journals_;
  std::map<std::string, std::string> accounts_;
  std::map<std::string, std::string> auxiliaries_;
  std::string line_;
};

}  // namespace

std::string fec_file_name(const Entity& entity, const FiscalYear& year) {
  const bool siren = entity.siren.size() == 9 &&
                     std::all_of(entity.siren.begin(), entity.siren.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!siren) {
    throw Error(ErrorKind::InvalidInput,
                "entity " + entity.code + " has no 9-digit SIREN ('" + entity.siren + "'): the FEC file name needs it");
  }
  return entity.siren + "FEC" + year.end.compact() + ".txt";
}

void export_fec(const BookReader& reader, const std::string& entity, int year, std::ostream& out) {
  if (!reader.entity(entity)) throw Error(ErrorKind::NotFound, "unknown entity '" + entity + "'");
  const auto years = reader.fiscal_years(entity);
  if (std::none_of(years.begin(), years.end(), [&](const FiscalYear& y) { return y.year == year; })) {
    throw Error(ErrorKind::NotFound, "no fiscal year " + std::to_string(year) + " in " + entity);
  }
  Exporter exporter(reader, entity, out);
  exporter.header();
  TransactionFilter filter;
  filter.entity = entity;
  filter.fiscal_year = year;
  filter.status = StatusFilter::Validated;
  // À-nouveaux first (VII 3°), then everything else in validation order.
  filter.journal = "AN";
  reader.for_each_transaction(filter, [&](const Transaction& t) { exporter.write(t); });
  filter.journal.clear();
  reader.for_each_transaction(filter, [&](const Transaction& t) {
    if (t.journal != "AN") exporter.write(t);
  });
  if (!out) throw Error(ErrorKind::Storage, "cannot write the FEC file");
}

}  // namespace comptoir
