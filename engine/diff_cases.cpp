#include "engine/diff_cases.hpp"

#include <algorithm>
#include <optional>

namespace toets {
namespace {

namespace fs = std::filesystem;

// The document a file in a case folder is, by its name; nullopt for any other file.
std::optional< DataRoot > document_root( const fs::path& file )
{
   const std::string extension = file.extension().string();
   if( extension != ".json" && extension != ".csv" ) {
      return std::nullopt;
   }
   const std::string stem = file.stem().string();
   if( stem == "aanvraag" || stem == "application" ) return DataRoot::application;
   if( stem == "rapport" || stem == "report" ) return DataRoot::report;
   if( stem == "vorig_rapport" || stem == "previous_report" ) return DataRoot::previous_report;
   return std::nullopt;
}

bool is_bulk( const fs::path& file )
{
   const std::string extension = file.extension().string();
   return extension == ".ndjson" || extension == ".jsonl" || ( extension == ".csv" && !document_root( file ) );
}

Value empty_document()
{
   return Value{ std::make_shared< const Record >() };
}

void set_document( Facts& facts, DataRoot root, Value v )
{
   switch( root ) {
      case DataRoot::application: facts.application = std::move( v ); break;
      case DataRoot::report: facts.report = std::move( v ); break;
      case DataRoot::previous_report: facts.previous_report = std::move( v ); break;
      case DataRoot::name: break;
   }
}

}  // namespace

struct DiffCases::Bulk {
   std::unique_ptr< CaseReader > before;
   std::unique_ptr< CaseReader > after;
};

DiffCases::DiffCases( Sources& shared, const fs::path& data, const DataSchema& before, const DataSchema& after, const DataLimits& limits, Diagnostics& diagnostics )
   : shared_( shared ), root_( data ), before_( before ), after_( after ), limits_( limits ), diagnostics_( diagnostics )
{
   std::error_code ec;
   if( fs::is_directory( data, ec ) ) {
      stack_.push_back( Frame{ data.parent_path(), { data }, 0 } );
   }
   else if( fs::exists( data, ec ) ) {
      open_bulk( data );
   }
   else {
      diagnostics_.add( Code::file_unreadable, Span{ no_source, 0, 0 }, data.string(), ec ? ec.message() : "no such file or directory" );
   }
}

DiffCases::~DiffCases() = default;

bool DiffCases::open_bulk( const fs::path& file )
{
   bulk_ = std::make_unique< Bulk >();
   bulk_->before = open_cases( shared_, file, before_, diagnostics_, limits_ );
   Diagnostics twice;  // the same problems with the file itself, found again
   bulk_->after = open_cases( shared_, file, after_, twice, limits_ );
   return true;
}

bool DiffCases::enter( const fs::path& directory )
{
   std::error_code ec;
   Frame frame{ directory, {}, 0 };
   bool documents = false;
   for( auto it = fs::directory_iterator( directory, fs::directory_options::skip_permission_denied, ec ); !ec && it != fs::directory_iterator(); it.increment( ec ) ) {
      const fs::path& p = it->path();
      std::error_code kind;
      if( it->is_directory( kind ) ) {
         frame.entries.push_back( p );
      }
      else if( document_root( p ) ) {
         documents = true;
      }
      else if( is_bulk( p ) ) {
         frame.entries.push_back( p );
      }
   }
   if( ec ) {
      diagnostics_.add( Code::file_unreadable, Span{ no_source, 0, 0 }, directory.string(), ec.message() );
      return false;
   }
   std::sort( frame.entries.begin(), frame.entries.end() );
   stack_.push_back( std::move( frame ) );
   return documents;
}

void DiffCases::folder_case( const fs::path& directory, DiffCase& out )
{
   out.label = directory.lexically_relative( root_ ).generic_string();
   if( out.label.empty() ) {
      out.label = ".";
   }
   out.problems = Diagnostics();
   out.sources = std::make_unique< Sources >( shared_ );
   out.before = Facts{ empty_document(), empty_document(), empty_document(), out.label };
   out.after = out.before;
   std::vector< fs::path > files;
   std::error_code ec;
   for( auto it = fs::directory_iterator( directory, ec ); !ec && it != fs::directory_iterator(); it.increment( ec ) ) {
      if( document_root( it->path() ) ) {
         files.push_back( it->path() );
      }
   }
   std::sort( files.begin(), files.end() );
   for( const auto& file : files ) {
      const DataRoot root = *document_root( file );
      set_document( out.before, root, load_document( *out.sources, file, root, before_, out.problems, limits_ ) );
      Diagnostics same;  // found again when both rule sets declare the field alike
      set_document( out.after, root, load_document( *out.sources, file, root, after_, same, limits_ ) );
      for( auto& d : same.list() ) {
         out.problems.list().push_back( std::move( d ) );
      }
   }
}

bool DiffCases::next( DiffCase& out )
{
   while( true ) {
      if( bulk_ ) {
         out.problems = Diagnostics();
         out.sources.reset();
         Diagnostics again;
         const bool more = bulk_->before->next( out.before, out.problems );
         const bool more_after = bulk_->after->next( out.after, again );
         if( more && more_after ) {
            for( auto& d : again.list() ) {
               out.problems.list().push_back( std::move( d ) );
            }
            out.label = out.before.label;
            return true;
         }
         bulk_.reset();
      }
      if( stack_.empty() ) {
         return false;
      }
      Frame& frame = stack_.back();
      if( frame.at == frame.entries.size() ) {
         stack_.pop_back();
         continue;
      }
      const fs::path path = frame.entries[ frame.at++ ];  // a copy: enter() may grow the stack
      std::error_code ec;
      if( fs::is_directory( path, ec ) ) {
         if( enter( path ) ) {
            folder_case( path, out );
            return true;
         }
         continue;
      }
      open_bulk( path );
   }
}

}  // namespace toets
