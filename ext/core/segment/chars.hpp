// Character classes the segmenters need, on code points.
#pragma once

namespace natocorpus::core {

bool is_space(char32_t c) noexcept;          // White_Space
bool is_line_break(char32_t c) noexcept;     // \n \r \v \f NEL LS PS
bool is_letter(char32_t c) noexcept;         // L*
bool is_lower(char32_t c) noexcept;          // Ll
bool is_digit(char32_t c) noexcept;          // Nd
bool is_punct(char32_t c) noexcept;          // P*
bool is_hyphen(char32_t c) noexcept;         // - U+2010 U+2011 (not dashes)
bool is_quote_mark(char32_t c) noexcept;     // " „ “ ” » « (double marks only)
bool is_opening_bracket(char32_t c) noexcept;  // ( [ {
bool is_closing(char32_t c) noexcept;        // quote marks and closing brackets that can follow a full stop

}  // namespace natocorpus::core
