"""Doc 9: Kubernetes manifests from `helm template`, pasted for debugging."""
import base64


def b64(s):
    return base64.b64encode(s.encode()).decode()


def make(g):
    pw = g.clean("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 22)
    slack_old = g.slack_bot()
    slack_new = g.slack_bot()
    key = g.hexkey(64)
    v = {
        "pw": pw,
        "pw64": b64(pw),
        "user64": b64("cordon_app"),
        "slack_new64": b64(slack_new),
        "slack_old": slack_old,
        "anthropic": g.anthropic(),
        "openai": g.openai(),
        "aws_id": g.aws_key_id(),
        "aws_secret": g.aws_secret(),
        "jwt_key": key,
        "jwt": g.jwt({"iss": "cordon-gw", "sub": "svc:notify", "aud": "triage-prod",
                      "iat": 1764806400, "exp": 1796342400}, key),
        "ghp": g.ghp(),
        "pager": g.chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 40),
        "pem": g.ec_pem(indent="    "),
    }
    for k in ("pw64", "user64", "slack_new64"):
        assert "eyJ" not in v[k] and "AKIA" not in v[k]
    t = """Pod is in CrashLoopBackOff: the Slack notifier logs `invalid_auth` even though I rotated the bot token yesterday, and the git-sync sidecar can't clone. Output of `helm template cordon-notify ./chart -f values-prod.yaml` and `kubectl get nodes -o wide` below. What's wrong?

---
# Source: cordon-notify/templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: cordon-notify-creds
  namespace: triage-prod
  annotations:
    cordon.dev/owner: "⟦name|Priya Raghunathan⟧ <⟦email|priya.raghunathan@platform.example.com⟧>"
type: Opaque
data:
  DB_USER: ⟦!base64 of a user name (harmless)|«user64»⟧
  DB_PASSWORD: ⟦?base64 of a password|«pw64»⟧
  SLACK_BOT_TOKEN: ⟦?base64 of a Slack token|«slack_new64»⟧
stringData:
  ANTHROPIC_API_KEY: ⟦anthropic|«anthropic»⟧
---
# Source: cordon-notify/templates/tls.yaml
apiVersion: v1
kind: Secret
metadata:
  name: notify-webhook-tls
type: kubernetes.io/tls
stringData:
  tls.crt: ""   # filled by cert-manager
  tls.key: |
    ⟦pem|«pem»⟧
---
# Source: cordon-notify/templates/configmap.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: cordon-notify-config
data:
  DATABASE_URL: "postgresql://cordon_app:⟦?database password (no class)|«pw»⟧@⟦?RFC 1918 database host|10.42.3.17⟧:5432/triage?sslmode=require"
  UPSTREAM_URL: "https://gateway.internal.example.net/v1"
  LOG_LEVEL: debug
---
# Source: cordon-notify/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cordon-notify
  labels:
    helm.sh/chart: cordon-notify-⟦!chart version|0.7.3⟧
spec:
  replicas: 2
  template:
    spec:
      containers:
      - name: notify
        image: ghcr.io/cordon/notify:⟦!image tag|1.14.2⟧
        envFrom:
        - secretRef: {name: cordon-notify-creds}
        - configMapRef: {name: cordon-notify-config}
        env:
        - name: SLACK_BOT_TOKEN   # TODO remove, set in values-prod
          value: ⟦slack|«slack_old»⟧
        - name: OPENAI_API_KEY
          value: ⟦openai|«openai»⟧
        - name: AWS_ACCESS_KEY_ID
          value: ⟦aws|«aws_id»⟧
        - name: AWS_SECRET_ACCESS_KEY
          value: ⟦?AWS secret access key|«aws_secret»⟧
        - name: UPSTREAM_BEARER
          value: ⟦jwt|«jwt»⟧
        - name: JWT_HS256_SECRET
          value: ⟦apikey|«jwt_key»⟧
        - name: PAGER_API_KEY
          value: ⟦apikey|«pager»⟧
      - name: git-sync
        image: registry.k8s.io/git-sync/git-sync:v⟦!image tag|4.2.4⟧
        env:
        - name: GITSYNC_REPO
          value: https://github.com/cordon-internal/notify-templates
        - name: GITSYNC_PASSWORD
          value: ⟦ghp|«ghp»⟧
---
$ kubectl get nodes -o wide
NAME           STATUS  VERSION  INTERNAL-IP  EXTERNAL-IP
triage-np-a1   Ready   v1.30.4  ⟦?node IP (infrastructure)|10.42.0.11⟧   ⟦?node IP (infrastructure)|203.0.113.41⟧
triage-np-b2   Ready   v1.30.4  ⟦?node IP (infrastructure)|10.42.1.12⟧   ⟦?node IP (infrastructure)|203.0.113.42⟧
"""
    return t, v
