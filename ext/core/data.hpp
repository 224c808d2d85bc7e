// Knowledge tables compiled into the module from ext/data/*.tsv at build time
// (see cmake/embed.cmake). Each table is plain TSV with a source column.
#pragma once
#include <string_view>

namespace natocorpus::core::data {

// The text of ext/data/<name>.tsv, or "" when there is no such table.
std::string_view table(std::string_view name) noexcept;

// The trained NER model, gzip-compressed (ext/model/ner.bin.gz).
std::string_view ner_model_gz() noexcept;

}  // namespace natocorpus::core::data
