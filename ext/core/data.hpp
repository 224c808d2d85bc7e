// Knowledge tables compiled into the module from ext/data/*.tsv at build time
// (see cmake/embed.cmake). Each table is plain TSV with a source column.
#pragma once
#include <string_view>

namespace natocorpus::core::data {

std::string_view abbreviations_tsv() noexcept;

}  // namespace natocorpus::core::data
