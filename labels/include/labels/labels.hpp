// The words Comptoir shows its users, in French and English: one catalogue
// of message ids (labels/data/*.csv, embedded), and how each language
// writes dates and amounts in text. The CLI and the reports take their
// headings and titles from here; the GUI loads the same catalogue.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/money.hpp"

namespace comptoir {

enum class Language { French, English };

// "fr" | "en"; throws Error(InvalidInput) otherwise.
[[nodiscard]] Language parse_language(std::string_view code);

// A "{name}" placeholder of a label and the text that replaces it.
using LabelArg = std::pair<std::string_view, std::string>;

// Labels of one language. Cheap to copy: the catalogue itself is built once
// from the embedded files and never changes.
class Labels {
 public:
  explicit Labels(Language language) : language_(language) {}
  [[nodiscard]] Language language() const { return language_; }
  [[nodiscard]] bool french() const { return language_ == Language::French; }

  // The text of `id`. Throws Error(Internal) for an id the catalogue lacks.
  [[nodiscard]] std::string_view operator()(std::string_view id) const;
  // The text of `id` with each "{name}" replaced by its value.
  [[nodiscard]] std::string operator()(std::string_view id, std::initializer_list<LabelArg> args) const;
  // The same with arguments known at run time (a note's).
  [[nodiscard]] std::string operator()(std::string_view id, const std::vector<LabelArg>& args) const;

  // Dates in text: 31/12/2025 in French, 2025-12-31 in English.
  [[nodiscard]] std::string date(const Date& date) const;
  // Amounts in text: "-1 234,56" (narrow no-break spaces) in French,
  // "-1234.56" in English.
  [[nodiscard]] std::string amount(Money amount) const;
  // Exact decimal text ("5.5") as this language writes it in text ("5,5").
  [[nodiscard]] std::string decimal(std::string_view dot_decimal) const;

 private:
  Language language_;
};

// Every id of the catalogue, sorted (tests, and the GUI's loader).
[[nodiscard]] std::vector<std::string> label_ids();

}  // namespace comptoir
