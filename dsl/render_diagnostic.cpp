// Renders diagnostics for people (a header, the source excerpt with the span underlined,
// labelled related spans, a hint and "did you mean …?") or for tools (one GNU-style line).
// Source text is printed sanitised: tabs widen to four columns and control characters or
// invalid UTF-8 become U+FFFD, so the carets line up and a rule file cannot send escape
// sequences to the terminal.
#include <algorithm>
#include <string>
#include <string_view>

#include "dsl/diagnostic.hpp"
#include "dsl/printable.hpp"

namespace toets {
namespace {

constexpr std::string_view reset = "\x1b[0m";
constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view red = "\x1b[1;31m";
constexpr std::string_view yellow = "\x1b[1;33m";
constexpr std::string_view cyan = "\x1b[1;36m";
constexpr std::string_view blue = "\x1b[1;34m";

constexpr std::size_t tab_width = 4;

std::string_view severity_name( Severity s ) noexcept
{
   switch( s ) {
      case Severity::error:
         return "error";
      case Severity::warning:
         return "warning";
      case Severity::note:
         return "note";
   }
   return "error";
}

std::string_view severity_colour( Severity s ) noexcept
{
   switch( s ) {
      case Severity::error:
         return red;
      case Severity::warning:
         return yellow;
      case Severity::note:
         return cyan;
   }
   return red;
}

class Painter {
public:
   explicit Painter( bool on ) noexcept : on_( on ) {}

   std::string operator()( std::string_view style, std::string_view text ) const
   {
      if( !on_ || text.empty() ) {
         return std::string( text );
      }
      return std::string( style ) + std::string( text ) + std::string( reset );
   }

private:
   bool on_;
};

// Printable text and its width in columns. `expand_tabs` is false for messages, where a tab
// is as foreign as any other control character.
struct Printable {
   std::string text;
   std::size_t width = 0;
};

Printable printable( std::string_view raw, bool expand_tabs )
{
   Printable out;
   for( std::size_t i = 0; i < raw.size(); ) {
      const auto c = static_cast< unsigned char >( raw[ i ] );
      const std::size_t length = utf8_length( raw, i );
      if( c == '\t' && expand_tabs ) {
         out.text.append( tab_width, ' ' );
         out.width += tab_width;
         ++i;
      }
      else if( length == 0 || is_control( raw.substr( i, length ) ) ) {
         out.text += replacement_character;
         out.width += 1;
         i += std::max< std::size_t >( length, 1 );
      }
      else {
         out.text.append( raw.substr( i, length ) );
         out.width += 1;
         i += length;
      }
   }
   return out;
}

std::string clean( std::string_view text )
{
   return printable_text( text );
}

bool has_source( const Span& span, const Sources& sources ) noexcept
{
   return span.source < sources.size();
}

bool has_excerpt( const Span& span, const Sources& sources )
{
   return has_source( span, sources ) && !sources[ span.source ].text().empty();
}

std::uint32_t last_line( const SourceFile& file, const Span& span )
{
   // A span that ends just after a line break does not reach into the next line.
   return file.position( ( span.end > span.begin ) ? span.end - 1 : span.begin ).line;
}

std::size_t digits( std::uint32_t n ) noexcept
{
   std::size_t d = 1;
   while( n >= 10 ) {
      n /= 10;
      ++d;
   }
   return d;
}

// The part of a source line an excerpt shows. A line longer than max_excerpt_line bytes (a
// minified JSON file, a generated rule file) is cut to a window around the marked bytes, so
// that a thousand diagnostics on one long line do not each repeat the whole line.
constexpr std::size_t max_excerpt_line = 240;
constexpr std::size_t excerpt_context = 60;

struct Window {
   std::size_t begin;
   std::size_t end;
};

Window excerpt_window( std::string_view line, std::size_t from, std::size_t to )
{
   if( line.size() <= max_excerpt_line ) {
      return { 0, line.size() };
   }
   std::size_t begin = ( from > excerpt_context ) ? from - excerpt_context : 0;
   std::size_t end = std::min( line.size(), std::max( from, to ) + excerpt_context );
   end = std::min( end, begin + max_excerpt_line );
   // Whole characters only: move both edges off UTF-8 continuation bytes.
   const auto continuation = [ & ]( std::size_t i ) { return i < line.size() && ( static_cast< unsigned char >( line[ i ] ) & 0xC0 ) == 0x80; };
   while( begin > 0 && continuation( begin ) ) {
      --begin;
   }
   while( end < line.size() && continuation( end ) ) {
      ++end;
   }
   return { begin, end };
}

// Writes everything that points into source text, with one gutter width for all excerpts.
class ExcerptWriter {
public:
   ExcerptWriter( std::string& out, const Sources& sources, const Painter& paint, std::size_t width )
      : out_( out ), sources_( sources ), paint_( paint ), width_( width )
   {}

   void location( const Span& span, std::string_view data_location )
   {
      out_ += std::string( width_ + 1, ' ' ) + paint_( blue, "-->" ) + " ";
      if( has_source( span, sources_ ) ) {
         const SourceFile& file = sources_[ span.source ];
         const Position p = file.position( span.begin );
         out_ += clean( file.path() ) + ":" + std::to_string( p.line ) + ":" + std::to_string( p.column );
         if( !data_location.empty() ) {
            out_ += " (" + clean( data_location ) + ")";
         }
      }
      else {
         out_ += clean( data_location );
      }
      out_ += "\n";
   }

   // The lines of `span`, each followed by its underline; a span over more than four lines
   // shows its first two and last two lines around a `...`. The label follows the last mark.
   void excerpt( const Span& span, char mark, std::string_view style, std::string_view label )
   {
      const SourceFile& file = sources_[ span.source ];
      const std::uint32_t first = file.position( span.begin ).line;
      const std::uint32_t last = last_line( file, span );

      struct Row {
         std::uint32_t line;
         std::string text;
         std::string underline;  // empty: nothing of the span on this line
      };
      std::vector< Row > rows;
      for( std::uint32_t line = first; line <= last; ++line ) {
         if( last - first >= 4 && line == first + 2 ) {
            rows.push_back( Row{ 0, {}, {} } );  // the ellipsis
            line = last - 2;
            continue;
         }
         const std::string_view text = file.line_text( line );
         const auto start = static_cast< std::uint32_t >( text.data() - file.text().data() );
         const auto stop = static_cast< std::uint32_t >( start + text.size() );
         std::uint32_t from = std::clamp( span.begin, start, stop );
         const std::uint32_t to = std::clamp( span.end, from, stop );
         if( line != first ) {
            while( from < to && ( text[ from - start ] == ' ' || text[ from - start ] == '\t' ) ) {
               ++from;
            }
         }
         const Window window = excerpt_window( text, from - start, to - start );
         const std::string_view shown = text.substr( window.begin, window.end - window.begin );
         const std::string_view ellipsis = window.begin > 0 ? "…" : "";
         Row row{ line, std::string( ellipsis ) + printable( shown, true ).text + ( window.end < text.size() ? "…" : "" ), {} };
         if( to > from || line == first ) {
            const std::size_t mark_begin = std::clamp< std::size_t >( from - start, window.begin, window.end );
            const std::size_t mark_end = std::clamp< std::size_t >( to - start, mark_begin, window.end );
            const std::size_t indent = ( ellipsis.empty() ? 0 : 1 ) + printable( text.substr( window.begin, mark_begin - window.begin ), true ).width;
            const std::size_t length = std::max< std::size_t >( 1, printable( text.substr( mark_begin, mark_end - mark_begin ), true ).width );
            row.underline = std::string( indent, ' ' ) + std::string( length, mark );
         }
         rows.push_back( std::move( row ) );
      }

      const auto labelled = std::find_if( rows.rbegin(), rows.rend(), []( const Row& r ) { return !r.underline.empty(); } );
      blank_gutter();
      out_ += "\n";
      for( auto it = rows.begin(); it != rows.end(); ++it ) {
         if( it->line == 0 ) {
            out_ += paint_( blue, "..." ) + "\n";
            continue;
         }
         const std::string number = std::to_string( it->line );
         out_ += paint_( blue, " " + std::string( width_ - number.size(), ' ' ) + number + " |" );
         out_ += it->text.empty() ? "\n" : " " + it->text + "\n";
         if( !it->underline.empty() ) {
            blank_gutter();
            const auto marks = it->underline.find( mark );
            out_ += " " + it->underline.substr( 0, marks ) + paint_( style, it->underline.substr( marks ) );
            if( !label.empty() && it == std::prev( labelled.base() ) ) {
               out_ += " " + paint_( style, clean( label ) );
            }
            out_ += "\n";
         }
      }
   }

   void note( std::string_view kind, std::string_view text )
   {
      out_ += std::string( width_ + 2, ' ' ) + paint_( blue, "=" ) + " " + paint_( bold, kind ) + ": " + clean( text ) + "\n";
   }

   void line( std::string_view text )
   {
      out_ += std::string( width_ + 2, ' ' ) + paint_( blue, "=" ) + " " + std::string( text ) + "\n";
   }

private:
   void blank_gutter() { out_ += std::string( width_ + 2, ' ' ) + paint_( blue, "|" ); }

   std::string& out_;
   const Sources& sources_;
   const Painter& paint_;
   std::size_t width_;
};

std::string did_you_mean( const std::vector< std::string >& names )
{
   std::string text = "did you mean ";
   for( std::size_t i = 0; i < names.size(); ++i ) {
      if( i > 0 ) {
         text += ( i + 1 == names.size() ) ? " or " : ", ";
      }
      text += "`" + clean( names[ i ] ) + "`";
   }
   return text + "?";
}

std::string render_human( const Diagnostic& d, const Sources& sources, const Painter& paint )
{
   std::size_t width = 1;
   if( has_excerpt( d.span, sources ) ) {
      width = std::max( width, digits( last_line( sources[ d.span.source ], d.span ) ) );
   }
   for( const auto& label : d.related ) {
      if( has_excerpt( label.span, sources ) ) {
         width = std::max( width, digits( last_line( sources[ label.span.source ], label.span ) ) );
      }
   }

   std::string out = paint( severity_colour( d.severity ), std::string( severity_name( d.severity ) ) + "[" + std::string( info( d.code ).code ) + "]" );
   out += paint( bold, ": " + clean( d.message ) ) + "\n";

   ExcerptWriter writer( out, sources, paint, width );
   if( has_source( d.span, sources ) || !d.data_location.empty() ) {
      writer.location( d.span, d.data_location );
   }
   if( has_excerpt( d.span, sources ) ) {
      writer.excerpt( d.span, '^', severity_colour( d.severity ), {} );
   }
   for( const auto& label : d.related ) {
      if( has_excerpt( label.span, sources ) ) {
         writer.location( label.span, {} );
         writer.excerpt( label.span, '-', blue, label.text );
      }
      else {
         writer.note( "note", label.text );
      }
   }
   writer.note( "hint", d.hint.empty() ? info( d.code ).doc : std::string_view( d.hint ) );
   if( !d.suggestions.empty() ) {
      writer.line( did_you_mean( d.suggestions ) );
   }
   return out;
}

std::string render_gnu( const Diagnostic& d, const Sources& sources, const Painter& paint )
{
   std::string where = "toets";
   if( has_source( d.span, sources ) ) {
      const SourceFile& file = sources[ d.span.source ];
      const Position p = file.position( d.span.begin );
      where = clean( file.path() ) + ":" + std::to_string( p.line ) + ":" + std::to_string( p.column );
   }
   std::string out = paint( bold, where + ":" ) + " " + paint( severity_colour( d.severity ), std::string( severity_name( d.severity ) ) + ":" ) + " " + clean( d.message );
   if( !d.data_location.empty() ) {
      out += " (" + clean( d.data_location ) + ")";
   }
   return out + " [" + std::string( info( d.code ).code ) + "]\n";
}

}  // namespace

std::string render( const Diagnostic& d, const Sources& sources, const RenderOptions& options )
{
   const Painter paint( options.colour );
   switch( options.format ) {
      case MessageFormat::human:
         return render_human( d, sources, paint );
      case MessageFormat::gnu:
         return render_gnu( d, sources, paint );
   }
   return render_human( d, sources, paint );
}

std::string render_all( const Diagnostics& ds, const Sources& sources, const RenderOptions& options )
{
   std::string out;
   for( const auto& d : ds.list() ) {
      out += render( d, sources, options );
      // People read a blank line between diagnostics; tools read one line each.
      if( options.format == MessageFormat::human ) {
         out += "\n";
      }
   }
   return out;
}

}  // namespace toets
