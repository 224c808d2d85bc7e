// Turning the bytes of a file (or a jsonl line) into UTF-8 text.
#pragma once
#include <optional>
#include <string>

namespace natocorpus::core {

struct Decoded {
  std::string text;                  // UTF-8 (not yet normalised)
  std::string encoding;              // "UTF-8", "windows-1252", "UTF-16LE", ...
  std::optional<std::string> error;  // set when the bytes could not be decoded
};

// UTF-8 is taken as it is (a BOM is dropped). Anything else is identified with
// ICU's charset detector (UTF-16 with a BOM directly) and converted; a byte
// the detected charset cannot map is an error, as is binary data (a NUL byte
// in what is not UTF-16/32).
Decoded decode_bytes(std::string bytes);

}  // namespace natocorpus::core
