keywork-seal/1
{"session":"20261127-093000-c0ffee","journal_sha256":"23e486696768824dab1f5b338f16d59a058ddeac5facad203e08ffc2309107ad","journal_size":5837,"last_seq":23,"chain_head":"9e1ad5d44dc109c23764956ac21611102ad639e3c57fa8188a92b981effa59a3","signer":{"name":"Sam Keyworker","role":"keyworker"},"meaning":"I confirm this is the complete record of the session","time":"2026-11-27T09:42:25.000Z","links":[],"key":"dVxMuSVsp83ErP3Gz+7ahJAX5bn5UU6ZGRvWfgsNQnY="}
YRPQLUVfhcpdF1WxRHTdDBeHEtZB6rPBYGHTWaQT5LlBTkNruXS2yl2AspQA1TMZdXztzi74AgllU6J23jO7Cg==
