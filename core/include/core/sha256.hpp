// SHA-256 through OpenSSL's libcrypto.
#pragma once

#include <string>
#include <string_view>

namespace comptoir {

// Lower-case hex digest of `data`.
[[nodiscard]] std::string sha256_hex(std::string_view data);

// Lower-case hex digest of the bytes of the file at `path`, read in chunks
// (a FEC file may weigh hundreds of MB). Throws Error(NotFound) if it cannot
// be opened, Error(Storage) on a read error.
[[nodiscard]] std::string sha256_file_hex(const std::string& path);

}  // namespace comptoir
