import json

GENRE = """structured gateway logs, one JSON object per line (`level`, `ts`, `user.email`, `client.ip`,
   request bodies with patient fields, an `authorization` header carrying an HS256 JWT, two upstream
   calls logging an OpenAI and an Anthropic key, a panic env dump with an AWS key), pasted with a question about a
   spike of 422 errors; the dev signing secret is quoted in the question"""

NOTES = """* **JSON logs** (doc4). make.py parses every log line with `json.loads`. `ts` values are log
  timestamps (ambiguous); request and trace IDs are negatives. `client.ip` values are end users'
  addresses (gold), the upstream and pod addresses infrastructure (ambiguous). The JWT is HS256 and
  make.py verifies its signature with the dev secret quoted in the question, itself gold
  `secret.generic_api_key`. An impossible submitted birth date (`1958-13-04`, month 13) is ambiguous;
  the valid ones are gold. The home blood-pressure cuff's MAC is gold `pii.mac_address`. The AWS
  secret key in the env dump is ambiguous, the key ID gold; the OpenAI `Bearer` value and the
  Anthropic `x-api-key` value are gold (value only). The build hash is a negative; status codes
  and latencies are unlabelled."""


def extra_check(text, spans):
    n = 0
    for ln in text.split('\n'):
        if ln.startswith('{'):
            json.loads(ln)
            n += 1
    assert n == 7


def make(g):
    key = g.hexkey()
    v = {
        'key': key,
        'jwt': g.jwt({'sub': 'usr_40917', 'role': 'intake', 'iat': 1763474400, 'exp': 1763478000}, key),
        'oai': g.openai(), 'ant': g.anthropic(), 'aws': g.aws(), 'awss': g.aws_secret(), 'ssn': g.ssn(),
        'mem': 'WPH' + g.d(9), 'ph': g.phone('617', '617555{l}'),
        'r1': g.pick('0123456789abcdef', 16), 'r2': g.pick('0123456789abcdef', 16),
        'r3': g.pick('0123456789abcdef', 16), 'build': g.pick('0123456789abcdef', 12),
    }
    t = """We got a spike of 422s on POST /v1/intake starting around 14:05 UTC. Here are a few lines from the gateway log (dev env, signing secret is JWT_HS256_SECRET=⟦apikey|«key»⟧ if you need to decode the token). Why is validation failing and is the panic related?

{"level":"info","ts":"⟦?log timestamp|2025-11-18T14:04:58.112Z⟧","msg":"request","req_id":"⟦!request ID|«r1»⟧","route":"/v1/intake","status":201,"latency_ms":84,"user":{"email":"⟦email|h.osei@example.com⟧"},"client":{"ip":"⟦ip|203.0.113.57⟧"}}
{"level":"error","ts":"⟦?log timestamp|2025-11-18T14:05:03.907Z⟧","msg":"validation failed","req_id":"⟦!request ID|«r2»⟧","route":"/v1/intake","status":422,"user":{"email":"⟦email|m.lindgren@example.com⟧"},"client":{"ip":"⟦ip|198.51.100.142⟧"},"headers":{"authorization":"Bearer ⟦jwt|«jwt»⟧"},"body":{"patient":{"first_name":"⟦name|Rosalind⟧","last_name":"⟦name|Achterberg⟧","dob":"⟦?impossible date as submitted (month 13)|1958-13-04⟧","ssn":"⟦ssn|«ssn»⟧","member_id":"⟦plan|«mem»⟧","phone":"⟦phone|«ph»⟧","zip":"⟦zip|02134⟧"}},"error":"dob: month out of range"}
{"level":"error","ts":"⟦?log timestamp|2025-11-18T14:05:04.331Z⟧","msg":"validation failed","req_id":"⟦!request ID|«r3»⟧","route":"/v1/intake","status":422,"client":{"ip":"⟦ip|2001:db8:4a1::2c⟧"},"body":{"patient":{"first_name":"⟦name|Kwame⟧","last_name":"⟦name|Asante-Boateng⟧","dob":"⟦date|1949-07-21⟧","address":"⟦addr|9 Prospect Terrace, Apt 1⟧","zip":"⟦zip|02145⟧"},"device":{"type":"bp_cuff","mac":"⟦mac|00:00:5e:00:53:a7⟧"}},"error":"device.type: unknown enum value"}
{"level":"debug","ts":"⟦?log timestamp|2025-11-18T14:05:04.402Z⟧","msg":"upstream call","provider":"openai","upstream_ip":"⟦?upstream server IP (infrastructure)|10.8.3.21⟧","headers":{"Authorization":"Bearer ⟦openai|«oai»⟧"},"status":200}
{"level":"debug","ts":"⟦?log timestamp|2025-11-18T14:05:04.517Z⟧","msg":"upstream call","provider":"anthropic","upstream_ip":"⟦?upstream server IP (infrastructure)|10.8.3.22⟧","headers":{"x-api-key":"⟦anthropic|«ant»⟧"},"status":529}
{"level":"fatal","ts":"⟦?log timestamp|2025-11-18T14:05:09.015Z⟧","msg":"panic: nil map write in schema cache","pod_ip":"⟦?pod IP (infrastructure)|10.8.1.7⟧","build":"⟦!build hash|«build»⟧","env":{"AWS_ACCESS_KEY_ID":"⟦aws|«aws»⟧","AWS_SECRET_ACCESS_KEY":"⟦?AWS secret access key|«awss»⟧","AWS_REGION":"us-east-1"}}
{"level":"info","ts":"⟦?log timestamp|2025-11-18T14:05:12.600Z⟧","msg":"schema reloaded","version":"v47","status":"ok"}

The schema was bumped to v47 at 14:04 by a deploy. Should we roll back, or fix the clients?
"""
    return t, v
