/* libyaml's own time over the rule files: the reference for rulec's load.
 *
 * Reads each file named on the command line into memory and runs libyaml's
 * event parser over it (yaml_parser_parse), touching nothing else, as rulec's
 * loader does before it builds its nodes. Prints the number of events.
 *
 *   cc -O2 -o libyaml-scan Benchmarks/libyaml-scan.c -lyaml
 *   ./libyaml-scan rules/*.yaml
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static unsigned char *read_file(const char *path, size_t *size) {
  FILE *file = fopen(path, "rb");
  if (!file) return NULL;
  fseek(file, 0, SEEK_END);
  long length = ftell(file);
  fseek(file, 0, SEEK_SET);
  unsigned char *bytes = malloc(length > 0 ? (size_t)length : 1);
  *size = fread(bytes, 1, (size_t)length, file);
  fclose(file);
  return bytes;
}

int main(int argc, char **argv) {
  unsigned long events = 0;
  for (int index = 1; index < argc; index++) {
    size_t size = 0;
    unsigned char *bytes = read_file(argv[index], &size);
    if (!bytes) {
      fprintf(stderr, "%s: cannot read\n", argv[index]);
      return 1;
    }
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, bytes, size);
    int done = 0;
    while (!done) {
      if (!yaml_parser_parse(&parser, &event)) {
        fprintf(stderr, "%s: %s\n", argv[index], parser.problem);
        return 1;
      }
      done = event.type == YAML_STREAM_END_EVENT;
      events++;
      yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    free(bytes);
  }
  printf("%lu events\n", events);
  return 0;
}
