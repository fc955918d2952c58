keywork-seal/1
{"session":"20261001-100000-0131a2","journal_sha256":"51063ba515929e73c6e38f54b114353594d90d391c9dd22157b94918a47cb9e3","journal_size":1854,"last_seq":6,"chain_head":"f3bd8c21eb5e4c299e60ec19c65c7aa83b19a4f20135bca36a74fbf83d78fa89","signer":{"name":"Sam","role":"keyworker"},"meaning":"I confirm this is the complete record of the session","time":"2026-10-01T10:00:00.000Z","links":[],"key":"dVxMuSVsp83ErP3Gz+7ahJAX5bn5UU6ZGRvWfgsNQnY="}
XVIIYckC5JQY8Sj1bkQYyTnRvzh2bJzPe7QNKV1ET+n9H/qTSoGkFlgFdWUqTGJC6gXtcgNicT8MTmpiNNrjAg==
