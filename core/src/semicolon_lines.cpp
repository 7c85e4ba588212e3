// See semicolon_lines.hpp.
#include "core/semicolon_lines.hpp"

namespace comptoir {

void for_each_semicolon_line(std::string_view text, std::string_view /*source*/,
                             const std::function<void(const std::vector<std::string>&, long)>& visit) {
  long line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
      std::size_t sep = line.find(';', start);
      fields.emplace_back(line.substr(start, sep == std::string_view::npos ? std::string_view::npos : sep - start));
      if (sep == std::string_view::npos) break;
      start = sep + 1;
    }
    visit(fields, line_no);
  }
}

}  // namespace comptoir
