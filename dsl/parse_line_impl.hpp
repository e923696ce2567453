// The PEGTL side of parse_line(): the control class and the run of one line rule. Included by
// parse_line_nl.cpp and parse_line_en.cpp, one instantiation of the grammar each.
#pragma once

#include <type_traits>

#include <tao/pegtl.hpp>

#include "dsl/parse_actions.hpp"
#include "dsl/parse_errors.hpp"
#include "dsl/parse_line.hpp"

namespace toets::parsing {

// Counts nesting (throws NestingTooDeep past the limit) and remembers unclosed openers, on
// top of PEGTL's normal control; must_if adds the error table.
template< typename Rule >
struct tracking_control : tao::pegtl::normal< Rule > {
   template< typename Input, typename... States >
   static void start( const Input& in, LineState& st, States&&... /*unused*/ )
   {
      if constexpr( std::is_base_of_v< gr::nesting_tag, Rule > ) {
         if( ++st.depth > st.max_nesting ) {
            throw NestingTooDeep( static_cast< std::uint32_t >( in.iterator().byte ) );
         }
      }
      if constexpr( std::is_base_of_v< gr::opener_tag, Rule > ) {
         st.openers.push_back( static_cast< std::uint32_t >( in.iterator().byte ) );
      }
   }

   template< typename Input, typename... States >
   static void success( const Input& /*unused*/, LineState& st, States&&... /*unused*/ )
   {
      leave( st );
   }

   template< typename Input, typename... States >
   static void failure( const Input& /*unused*/, LineState& st, States&&... /*unused*/ )
   {
      leave( st );
   }

   static void leave( LineState& st )
   {
      if constexpr( std::is_base_of_v< gr::nesting_tag, Rule > ) {
         --st.depth;
      }
      if constexpr( std::is_base_of_v< gr::opener_tag, Rule > ) {
         st.openers.pop_back();
      }
   }
};

template< typename Rule >
using control = tao::pegtl::must_if< gr::errors, tracking_control, true >::control< Rule >;

inline bool is_closer_message( std::string_view message )
{
   return message == gr::error_message< gr::paren_close > || message == gr::error_message< gr::list_close > || message == gr::error_message< gr::text_close > || message == gr::error_message< gr::article_close >;
}

template< typename Rule >
bool match_line( std::string_view text, const SourceLine& line, LineState& st )
{
   const char* data = text.data();
   tao::pegtl::memory_input< tao::pegtl::tracking_mode::eager, tao::pegtl::eol::lf_crlf, const char* > in( data + line.content_begin(), data + line.content_end, "", line.content_begin(), line.number, line.indent + 1 );
   try {
      return tao::pegtl::parse< Rule, action, control >( in, st );
   }
   catch( const tao::pegtl::parse_error& e ) {
      const auto at = static_cast< std::uint32_t >( e.positions().front().byte );
      report_syntax_error( st, text, line, at, e.message(), is_closer_message( e.message() ) );
   }
   catch( const NestingTooDeep& e ) {
      auto& d = st.diagnostics.add( Code::nesting_too_deep, Span{ st.source, e.offset, line.content_end }, st.max_nesting );
      d.hint = "Split the expression into derived values, or raise the limit with --max-nesting if the file is trusted.";
   }
   catch( const std::exception& e ) {
      st.diagnostics.add( Code::syntax_error, Span{ st.source, line.content_begin(), line.content_end }, e.what() );
   }
   return false;
}

template< typename L >
bool parse_line_in( LineContext context, std::string_view text, const SourceLine& line, LineState& st )
{
   switch( context ) {
      case LineContext::top:
         return match_line< gr::top_line< L > >( text, line, st );
      case LineContext::header:
         return match_line< gr::header_line< L > >( text, line, st );
      case LineContext::field:
         return match_line< gr::field_line< L > >( text, line, st );
      case LineContext::scale:
         return match_line< gr::scale_block_line< L > >( text, line, st );
      case LineContext::value_block:
         return match_line< gr::value_block_line< L > >( text, line, st );
      case LineContext::body:
         return match_line< gr::body_line< L > >( text, line, st );
      case LineContext::bullet:
         return match_line< gr::bullet_line< L > >( text, line, st );
      case LineContext::indicator:
         return match_line< gr::indicator_block_line< L > >( text, line, st );
      case LineContext::toc:
         return match_line< gr::toc_block_line< L > >( text, line, st );
      case LineContext::scenario:
         return match_line< gr::scenario_block_line< L > >( text, line, st );
      case LineContext::inline_data:
         return match_line< gr::inline_data_line< L > >( text, line, st );
   }
   return false;
}

}  // namespace toets::parsing
