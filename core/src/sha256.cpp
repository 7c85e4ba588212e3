// SHA-256 via OpenSSL EVP.
#include "core/sha256.hpp"

#include <openssl/evp.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "core/error.hpp"

namespace comptoir {
namespace {

std::string to_hex(const unsigned char* digest, unsigned int length) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out(static_cast<std::size_t>(length) * 2, '0');
  for (unsigned int i = 0; i < length; ++i) {
    out[2 * i] = hex[digest[i] >> 4];
    out[2 * i + 1] = hex[digest[i] & 0x0f];
  }
  return out;
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
struct DigestFree {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

}  // namespace

std::string sha256_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    throw Error(ErrorKind::Internal, "SHA-256 computation failed");
  }
  return to_hex(digest, length);
}

std::string sha256_file_hex(const std::string& path) {
  const std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) throw Error(ErrorKind::NotFound, "cannot open " + path);
  const std::unique_ptr<EVP_MD_CTX, DigestFree> context(EVP_MD_CTX_new());
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
    throw Error(ErrorKind::Internal, "SHA-256 computation failed");
  }
  std::vector<unsigned char> buffer(std::size_t{1} << 20);  // 1 MiB: fits in L2, few syscalls
  std::size_t read = 0;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), file.get())) > 0) {
    if (EVP_DigestUpdate(context.get(), buffer.data(), read) != 1) {
      throw Error(ErrorKind::Internal, "SHA-256 computation failed");
    }
  }
  if (std::ferror(file.get()) != 0) throw Error(ErrorKind::Storage, "cannot read " + path);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1) {
    throw Error(ErrorKind::Internal, "SHA-256 computation failed");
  }
  return to_hex(digest, length);
}

}  // namespace comptoir
