// The label catalogue: the embedded labels/data/*.csv files (id,fr,en),
// parsed once into an immutable map.
#include "labels/labels.hpp"

#include <map>
#include <sstream>

#include "core/csv_reader.hpp"
#include "core/error.hpp"

namespace comptoir_labels_data {
std::string_view embedded(std::string_view file_name);
std::vector<std::string_view> embedded_names();
}  // namespace comptoir_labels_data

namespace comptoir {
namespace {

struct Texts {
  std::string french;
  std::string english;
};

using Catalogue = std::map<std::string, Texts, std::less<>>;

Catalogue load_catalogue() {
  Catalogue catalogue;
  for (const auto name : comptoir_labels_data::embedded_names()) {
    std::istringstream in{std::string(comptoir_labels_data::embedded(name))};
    bool header = true;
    read_csv(in, std::string(name), ',', [&](const CsvRecord& r) {
      if (header) {
        header = false;
        return;
      }
      if (r.fields.size() != 3) {
        throw Error(ErrorKind::Internal, at_location(std::string(name), r.line, "") + ": expected id,fr,en");
      }
      if (!catalogue.emplace(r.fields[0], Texts{r.fields[1], r.fields[2]}).second) {
        throw Error(ErrorKind::Internal, at_location(std::string(name), r.line, "id") + ": '" + r.fields[0] +
                                             "' is already in the catalogue");
      }
    });
  }
  return catalogue;
}

const Catalogue& catalogue() {
  static const Catalogue loaded = load_catalogue();  // immutable once built
  return loaded;
}

}  // namespace

Language parse_language(std::string_view code) {
  if (code == "fr") return Language::French;
  if (code == "en") return Language::English;
  throw Error(ErrorKind::InvalidInput, "unknown language '" + std::string(code) + "' (expected fr or en)");
}

std::string_view Labels::operator()(std::string_view id) const {
  const auto& c = catalogue();
  const auto found = c.find(id);
  if (found == c.end()) throw Error(ErrorKind::Internal, "no label '" + std::string(id) + "' in the catalogue");
  return french() ? found->second.french : found->second.english;
}

std::string Labels::operator()(std::string_view id, std::initializer_list<LabelArg> args) const {
  return (*this)(id, std::vector<LabelArg>(args));
}

std::string Labels::operator()(std::string_view id, const std::vector<LabelArg>& args) const {
  std::string text((*this)(id));
  for (const auto& [name, value] : args) {
    const std::string placeholder = "{" + std::string(name) + "}";
    const auto at = text.find(placeholder);
    if (at == std::string::npos) {
      throw Error(ErrorKind::Internal, "label '" + std::string(id) + "' has no " + placeholder);
    }
    text.replace(at, placeholder.size(), value);
  }
  return text;
}

std::string Labels::date(const Date& date) const {
  return french() ? date.french() : date.iso();
}

std::string Labels::amount(Money amount) const {
  return french() ? amount.to_french() : amount.to_string();
}

std::string Labels::decimal(std::string_view dot_decimal) const {
  std::string text(dot_decimal);
  if (french()) {
    for (auto& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

std::vector<std::string> label_ids() {
  std::vector<std::string> ids;
  for (const auto& [id, texts] : catalogue()) ids.push_back(id);
  return ids;
}

}  // namespace comptoir
