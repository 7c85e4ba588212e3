// Sheet names as Excel accepts them (see xlsx_document.hpp).
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>
#include <vector>

#include "xlsx/xlsx_document.hpp"

namespace comptoir {
namespace {

constexpr std::size_t max_sheet_name = 31;

bool starts_code_point(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

std::size_t code_points(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), starts_code_point));
}

// The first `n` code points of `s`.
std::string first_code_points(const std::string& s, std::size_t n) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (starts_code_point(s[i]) && seen++ == n) return s.substr(0, i);
  }
  return s;
}

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\'')) s.pop_back();
  const auto first = s.find_first_not_of(" '");
  return first == std::string::npos ? std::string() : s.substr(first);
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A long title made short: without its parenthesised parts (the dates),
// then its first and last parts around " — " ("Bilan RES — actif"), or
// its first part alone, or that part cut to keep a short last one
// ("Projection du modèle de f… — AT").
std::string shortened(const std::string& title) {
  if (code_points(title) <= max_sheet_name) return title;
  std::string out;
  int depth = 0;
  for (const char c : title) {
    if (c == '(') ++depth;
    if (depth == 0 && !(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
    if (c == ')' && depth > 0) --depth;
  }
  out = trimmed(out);
  if (code_points(out) <= max_sheet_name) return out;
  constexpr std::string_view dash = " \u2014 ";
  const auto first = out.find(dash);
  if (first == std::string::npos) return out;
  const std::string head = out.substr(0, first);
  const std::string tail = out.substr(out.rfind(dash));
  if (code_points(head + tail) <= max_sheet_name) return head + tail;
  if (code_points(head) <= max_sheet_name) return head;
  constexpr std::size_t short_tail = 12;
  if (code_points(tail) > short_tail) return out;
  return trimmed(first_code_points(head, max_sheet_name - code_points(tail) - 1)) + "\u2026" + tail;
}

bool is_taken(const std::string& name, const std::vector<std::string>& taken) {
  const std::string key = lower_ascii(name);
  return std::any_of(taken.begin(), taken.end(), [&](const std::string& t) { return lower_ascii(t) == key; });
}

}  // namespace

std::string sheet_name(const std::string& title, const std::string& fallback, const std::vector<std::string>& taken) {
  std::string base = title;
  for (char& c : base) {
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos || c == '\n' || c == '\r' || c == '\t') c = '-';
  }
  base = trimmed(first_code_points(shortened(trimmed(base)), max_sheet_name));
  if (base.empty()) base = fallback;
  if (!is_taken(base, taken)) return base;
  for (std::size_t n = 2;; ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    const std::string name =
        trimmed(first_code_points(base, max_sheet_name - std::min(code_points(suffix), max_sheet_name))) + suffix;
    if (!is_taken(name, taken)) return name;
  }
}

}  // namespace comptoir
