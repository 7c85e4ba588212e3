// SHA-256 through OpenSSL's libcrypto.
#pragma once

#include <string>
#include <string_view>

namespace comptoir {

// Lower-case hex digest of `data`.
[[nodiscard]] std::string sha256_hex(std::string_view data);

}  // namespace comptoir
