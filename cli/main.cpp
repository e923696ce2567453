// The `toets` command. Each sub-command lives in its own file in cli/ and is registered here.
#include <cstdio>

int main()
{
   std::puts( "toets" );
   return 0;
}
