// See pack_check.hpp.
#include "pack/pack_check.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/csv_reader.hpp"
#include "core/error.hpp"
#include "core/sha256.hpp"

namespace comptoir {
namespace {

namespace fs = std::filesystem;

std::string read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// The fields of one line: RFC 4180 for CSV, a plain split otherwise (the
// FEC has no quoting).
std::vector<std::string> fields_of(const std::string& line, char delimiter) {
  std::vector<std::string> fields;
  if (line.empty()) return fields;
  if (delimiter == ',') {
    std::istringstream in(line);
    read_csv(in, "line", ',', [&](const CsvRecord& r) { fields = r.fields; });
    return fields;
  }
  std::size_t start = 0;
  for (;;) {
    const auto at = line.find(delimiter, start);
    fields.push_back(line.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return fields;
    start = at + 1;
  }
}

// "SHA256SUMS" as name -> hash; a line not of sha256sum's form is refused.
std::map<std::string, std::string> read_sums(const fs::path& path) {
  std::map<std::string, std::string> sums;
  int number = 0;
  for (const auto& line : lines_of(read_whole(path))) {
    ++number;
    const bool hex = line.size() > 66 && std::all_of(line.begin(), line.begin() + 64, [](char c) {
                       return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                     });
    if (!hex || line.compare(64, 2, "  ") != 0) {
      throw Error(ErrorKind::Integrity,
                  std::string(pack_sums_name) + " line " + std::to_string(number) + " is not '<sha256>  <file>'");
    }
    sums[line.substr(66)] = line.substr(0, 64);
  }
  return sums;
}

[[noreturn]] void fail(const std::string& what, const std::vector<std::string>& problems) {
  std::string message = what;
  for (const auto& p : problems) message += "\n  " + p;
  throw Error(ErrorKind::Integrity, message);
}

}  // namespace

PackManifest check_pack_files(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error(ErrorKind::InvalidInput, "no pack folder " + dir.string());
  for (const char* name : {pack_manifest_name, pack_sums_name}) {
    if (!fs::is_regular_file(dir / name, ec)) {
      throw Error(ErrorKind::Integrity, "pack check failed: " + std::string(name) + " is missing");
    }
  }
  const std::string json = read_whole(dir / pack_manifest_name);
  const auto sums = read_sums(dir / pack_sums_name);
  std::vector<std::string> problems;
  const auto manifest_sum = sums.find(pack_manifest_name);
  if (manifest_sum == sums.end() || manifest_sum->second != sha256_hex(json)) {
    // A manifest that was changed may not even parse: say so first.
    fail("pack check failed:", {std::string(pack_manifest_name) + ": its SHA-256 differs from " + pack_sums_name});
  }
  PackManifest manifest = parse_manifest(json);
  std::set<std::string> listed{pack_manifest_name, pack_sums_name};
  for (const auto& f : manifest.files) {
    // A name that leaves the folder is never read.
    if (f.name.empty() || f.name.find('/') != std::string::npos || f.name == "." || f.name == "..") {
      fail("pack check failed:", {"manifest.json names '" + f.name + "', which is not a file of the pack's folder"});
    }
    listed.insert(f.name);
    const fs::path path = dir / f.name;
    const auto sum = sums.find(f.name);
    if (sum == sums.end()) {
      problems.push_back(f.name + ": not in " + std::string(pack_sums_name));
    } else if (sum->second != f.sha256) {
      problems.push_back(f.name + ": " + pack_sums_name + " and the manifest differ");
    }
    if (!fs::is_regular_file(path, ec)) {
      problems.push_back(f.name + ": missing");
      continue;
    }
    if (const auto bytes = fs::file_size(path, ec); bytes != f.bytes) {
      problems.push_back(f.name + ": " + std::to_string(bytes) + " bytes, the manifest says " +
                         std::to_string(f.bytes));
    } else if (sha256_file_hex(path.string()) != f.sha256) {
      problems.push_back(f.name + ": its SHA-256 differs from the manifest's");
    }
  }
  for (const auto& [name, hash] : sums) {
    if (listed.count(name) == 0)
      problems.push_back(name + ": in " + std::string(pack_sums_name) + ", not in the manifest");
  }
  std::vector<std::string> extra;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const auto name = fs::relative(entry.path(), dir).generic_string();
    if (listed.count(name) == 0) extra.push_back(name + ": not in the manifest (a file added to the pack)");
  }
  std::sort(extra.begin(), extra.end());
  problems.insert(problems.end(), extra.begin(), extra.end());
  if (!problems.empty()) fail("pack check failed:", problems);
  return manifest;
}

std::string first_csv_difference(const std::string& pack, const std::string& book, char delimiter) {
  const auto a = lines_of(pack);
  const auto b = lines_of(book);
  std::vector<std::string> header;
  bool next_is_header = true;
  for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
    const std::string where = "line " + std::to_string(i + 1);
    if (i >= a.size()) return where + ": the book has a row the pack lacks (" + b[i] + ")";
    if (i >= b.size()) return where + ": the pack has a row the book no longer has (" + a[i] + ")";
    const auto fa = fields_of(a[i], delimiter);
    if (a[i] == b[i]) {
      if (next_is_header) header = fa;
      next_is_header = a[i].empty();
      continue;
    }
    const auto fb = fields_of(b[i], delimiter);
    const std::string row = next_is_header ? "heading" : (fa.empty() ? std::string() : "row " + fa.front());
    for (std::size_t k = 0; k < std::max(fa.size(), fb.size()); ++k) {
      const std::string va = k < fa.size() ? fa[k] : "";
      const std::string vb = k < fb.size() ? fb[k] : "";
      if (va == vb) continue;
      const std::string column = (!next_is_header && k < header.size()) ? header[k] : "field " + std::to_string(k + 1);
      return where + (row.empty() ? "" : " (" + row + ")") + ", column " + column + ": '" + va + "' in the pack, '" +
             vb + "' in the book";
    }
    return where + ": the lines differ";
  }
  return {};
}

void check_pack_figures(const fs::path& dir, const PackManifest& manifest, const std::vector<PackBook>& books,
                        const PackContents& contents, const Labels& labels) {
  std::set<std::string> in_pack;
  for (const auto& f : manifest.files) in_pack.insert(f.name);
  std::set<std::string> in_book;
  std::vector<std::string> problems;
  for (const auto& now : books) {
    const auto it = std::find_if(manifest.info.books.begin(), manifest.info.books.end(),
                                 [&](const PackBook& b) { return b.entity == now.entity && b.year == now.year; });
    const std::string which = std::string(pack_manifest_name) + ": " + now.entity + " " + std::to_string(now.year);
    if (it == manifest.info.books.end()) {
      problems.push_back(which + " is in the book, not in the manifest");
    } else if (it->entries != now.entries || it->chain_head != now.chain_head) {
      problems.push_back(which + ": " + std::to_string(it->entries) + " entries up to chain head " +
                         it->chain_head.substr(0, 16) + " in the pack, " + std::to_string(now.entries) + " up to " +
                         now.chain_head.substr(0, 16) + " in the book");
    } else if (it->closed != now.closed) {
      problems.push_back(which + ": " + (it->closed ? "closed" : "open") + " in the pack, " +
                         (now.closed ? "closed" : "open") + " in the book");
    }
  }
  auto compare = [&](const std::string& name, const std::string& book_text, char delimiter) {
    in_book.insert(name);
    if (in_pack.count(name) == 0) {
      problems.push_back(name + ": the book has this report, the pack does not");
      return;
    }
    const auto difference = first_csv_difference(read_whole(dir / name), book_text, delimiter);
    if (!difference.empty()) problems.push_back(name + ": " + difference);
  };
  for (const auto& report : contents.reports) compare(report.stem + ".csv", report_csv(report, labels), ',');
  for (const auto& file : contents.files) {
    std::ostringstream text;
    file.write(text);
    compare(file.name, text.str(), file.delimiter);
  }
  for (const auto& name : in_pack) {
    const bool twin = name.size() > 4 && name.compare(name.size() - 4, 4, ".csv") == 0;
    if (twin && in_book.count(name) == 0) problems.push_back(name + ": the book no longer has this report");
  }
  if (!problems.empty()) fail("the pack's figures differ from the book's:", problems);
}

}  // namespace comptoir
