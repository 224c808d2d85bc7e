// Errors thrown by the core. The SQLite glue turns them into messages
// prefixed with the SQL name ("sentences(): ...").
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>

namespace natocorpus::core {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Invalid UTF-8 at a byte offset. `offset` is 0-based; the message says
// "byte N" with N 1-based, as SQL positions are.
class InvalidUtf8 : public Error {
 public:
  explicit InvalidUtf8(std::size_t offset)
      : Error("input is not valid UTF-8 (byte " + std::to_string(offset + 1) + ")"),
        offset_(offset) {}
  std::size_t offset() const noexcept { return offset_; }

 private:
  std::size_t offset_;
};

}  // namespace natocorpus::core
