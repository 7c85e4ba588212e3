// Reads the simple ';'-separated data files shipped in the data/ folders: no
// quoting, '#' starts a comment line, blank lines skipped, CRLF tolerated.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace comptoir {

void for_each_semicolon_line(std::string_view text, std::string_view source,
                             const std::function<void(const std::vector<std::string>&, long)>& visit);

}  // namespace comptoir
