// manifest.json and SHA256SUMS of an audit pack (audit_pack.hpp).
#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "pack/audit_pack.hpp"

namespace comptoir {
namespace {

using Json = nlohmann::ordered_json;

// How the figures of the pack were rounded: the rules of DESIGN.md "Money
// and numbers", for a reader who recomputes them by hand.
Json rounding_rules() {
  Json r;
  r["amounts"] = "integer cents (Money), never floating point; rates are exact rationals";
  r["splits"] = "allocate(): the remainder is handed out cent by cent, so the parts sum to the whole";
  r["vat_base_from_tax"] = "tax / rate, half up to the cent (an estimate, marked ~)";
  r["vat_ca3"] = "whole euros, half up";
  r["till_ht_from_ttc"] = "TTC / (1 + rate), half up to the cent";
  r["depreciation"] = "accumulated depreciation half up each year end; the charge is the difference of two";
  r["grant_indirect_charges"] = "direct charges x rate, half up once per column";
  r["cofinancing_shares"] = "share of the base rounded down to the cent; invoice VAT half up";
  r["percentages"] = "one decimal, half up";
  return r;
}

std::string language_code(Language language) {
  return language == Language::French ? "fr" : "en";
}

template <typename T>
T field(const Json& json, const char* key) {
  if (!json.contains(key)) throw Error(ErrorKind::Integrity, std::string("manifest.json: no \"") + key + "\"");
  try {
    return json.at(key).get<T>();
  } catch (const nlohmann::json::exception&) {
    throw Error(ErrorKind::Integrity, std::string("manifest.json: \"") + key + "\" is not of its kind");
  }
}

}  // namespace

std::string manifest_json(const PackManifest& manifest) {
  const PackInfo& info = manifest.info;
  Json j;
  j["pack"] = "comptoir audit pack";
  j["pack_format"] = 1;
  j["software"] = {{"name", "comptoir"}, {"version", manifest.software_version}};
  j["schema_version"] = info.schema_version;
  j["entity"] = info.entity;
  j["year"] = info.year;
  j["language"] = language_code(info.language);
  j["date"] = info.date.iso();
  j["provisional"] = info.provisional();
  j["rounding"] = rounding_rules();
  j["books"] = Json::array();
  for (const auto& b : info.books) {
    j["books"].push_back({{"entity", b.entity},
                          {"year", b.year},
                          {"start", b.start.iso()},
                          {"end", b.end.iso()},
                          {"status", b.closed ? "closed" : "open"},
                          {"entries", b.entries},
                          {"chain_head", b.chain_head},
                          {"chain_position", b.chain_position}});
  }
  j["files"] = Json::array();
  for (const auto& f : manifest.files) {
    j["files"].push_back({{"name", f.name}, {"bytes", f.bytes}, {"sha256", f.sha256}});
  }
  return j.dump(2) + "\n";
}

std::string sha256sums_text(const PackManifest& manifest, const std::string& manifest_sha256) {
  std::string text;
  for (const auto& f : manifest.files) text += f.sha256 + "  " + f.name + "\n";
  text += manifest_sha256 + "  " + pack_manifest_name + "\n";
  return text;
}

PackManifest parse_manifest(const std::string& text) {
  Json j;
  try {
    j = Json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorKind::Integrity, std::string("manifest.json is not JSON: ") + e.what());
  }
  if (!j.is_object() || field<std::string>(j, "pack") != "comptoir audit pack") {
    throw Error(ErrorKind::Integrity, "manifest.json is not the manifest of a comptoir audit pack");
  }
  PackManifest m;
  m.software_version = field<std::string>(j.at("software"), "version");
  m.info.schema_version = field<int>(j, "schema_version");
  m.info.entity = field<std::string>(j, "entity");
  m.info.year = field<int>(j, "year");
  m.info.language = parse_language(field<std::string>(j, "language"));
  m.info.date = Date::parse(field<std::string>(j, "date"));
  for (const auto& b : field<Json>(j, "books")) {
    PackBook book;
    book.entity = field<std::string>(b, "entity");
    book.year = field<int>(b, "year");
    book.start = Date::parse(field<std::string>(b, "start"));
    book.end = Date::parse(field<std::string>(b, "end"));
    book.closed = field<std::string>(b, "status") == "closed";
    book.entries = field<std::int64_t>(b, "entries");
    book.chain_head = field<std::string>(b, "chain_head");
    book.chain_position = field<std::int64_t>(b, "chain_position");
    m.info.books.push_back(book);
  }
  for (const auto& f : field<Json>(j, "files")) {
    m.files.push_back(
        {field<std::string>(f, "name"), field<std::uintmax_t>(f, "bytes"), field<std::string>(f, "sha256")});
  }
  return m;
}

}  // namespace comptoir
